using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers;
using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using RegistryConfigAnalyzers.CodeFixes;
using Xunit;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Fixes;

/// <summary>
/// `dotnet format analyzers` fixes a whole solution with the equivalence key of the first action a
/// fix registers for the first finding, and no key when it registers none.
/// </summary>
public class FixAllWithoutKeyTests
{
    [Fact]
    public async Task Config_strings_are_fixed_when_the_first_RCA0001_is_on_a_container()
    {
        const string source = """"
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Open() => new ContainerBuilder("registry:2").Build();

                const string Config = """
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                    http:
                      addr: :5000
                      tls:
                        certificate: /certs/tls.crt
                        key: /certs/tls.key
                    """;
            }
            """";

        var (document, diagnostics) = await Analyze(source);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "RCA0001"));
        var first = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First(d => d.Id == "RCA0001");
        Assert.True(first.Properties.ContainsKey(ContainerJudge.HostProperty), "the container's finding comes first");

        var fix = new AddAuthBlockCodeFix();
        var context = new FixAllContext(document, fix, FixAllScope.Solution, codeActionEquivalenceKey: null!,
            new[] { "RCA0001" }, new Provider(diagnostics), CancellationToken.None);
        var action = await fix.GetFixAllProvider().GetFixAsync(context);

        Assert.NotNull(action);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var text = (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
        const string block = "        auth:\n          htpasswd:\n            realm: Registry Realm\n" +
            "            path: /auth/htpasswd\n        \"\"\";";
        Assert.Contains(block, text.Replace("\r\n", "\n"));
        Assert.Contains("new ContainerBuilder(\"registry:2\").Build()", text);
    }

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> Analyze(string source)
    {
        var references = await Packages.Testcontainers.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Fixture", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(references);
        var document = project.AddDocument("Fixture.cs", source);
        var compilation = (await document.Project.GetCompilationAsync())!;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new RegistryContainerAnalyzer(), new RegistryConfigLiteralAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return (document, diagnostics);
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project,
            CancellationToken token) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document,
            CancellationToken token) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project,
            CancellationToken token) => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
