using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Model;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// What the container analyzers share for one compilation: the project's files, whether it is a
/// test project, and which diagnostics were already reported (two Build() calls on one builder
/// are two containers with the same settings).
/// </summary>
internal sealed class ContainerScope
{
    private static readonly string[] TestFrameworks =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework", "TUnit.Core",
    };

    private readonly ConcurrentDictionary<string, byte> _reported = new();

    public ContainerScope(Compilation compilation, AnalyzerOptions options)
    {
        Files = new ConfigFiles(options);
        IsTestProject = compilation.ReferencedAssemblyNames.Any(a => TestFrameworks.Contains(a.Name));
    }

    public ConfigFiles Files { get; }

    public bool IsTestProject { get; }


    public void Report(System.Action<Diagnostic> report, Diagnostic diagnostic)
    {
        var key = diagnostic.Id + "|" + diagnostic.Location.SourceTree?.FilePath + "|" + diagnostic.Location.SourceSpan
            + "|" + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (_reported.TryAdd(key, 0))
        {
            report(diagnostic);
        }
    }
}

/// <summary>Finds the registry container a syntax node starts, whichever API it uses.</summary>
internal static class ContainerFinder
{
    /// <summary>The node kinds a container can start from.</summary>
    public static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression,
    };

    /// <summary>
    /// Registers <paramref name="analyze"/> for every container a code block starts. The compiler
    /// hands over candidate nodes by kind (no walk of our own); they are judged when the block
    /// ends, so that a container whose calls are spread over several statements is reported
    /// from the block that holds them all, which keeps the diagnostics local and fixable.
    /// </summary>
    public static void Register(CompilationStartAnalysisContext start, ContainerScope scope,
        System.Action<RegistryContainer, System.Action<Diagnostic>, System.Threading.CancellationToken> analyze)
    {
        start.RegisterCodeBlockStartAction<SyntaxKind>(block =>
        {
            var candidates = new System.Collections.Generic.List<SyntaxNode>();
            block.RegisterSyntaxNodeAction(node =>
            {
                if (IsCandidate(node.Node))
                {
                    candidates.Add(node.Node);
                }
            }, Kinds);
            block.RegisterCodeBlockEndAction(end =>
            {
                foreach (var candidate in candidates)
                {
                    if (Find(candidate, end.SemanticModel, scope, end.CancellationToken) is { } container)
                    {
                        analyze(container, diagnostic => scope.Report(end.ReportDiagnostic, diagnostic), end.CancellationToken);
                    }
                }
            });
        });
    }

    private static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation =>
            TestcontainersRecognizer.IsCandidate(invocation) || AspireRecognizer.IsCandidate(invocation),
        BaseObjectCreationExpressionSyntax creation => ProcessRecognizer.IsCandidate(creation)
            || DockerDotNetRecognizer.IsCandidate(creation) || KubernetesRecognizer.IsCandidate(creation),
        _ => false,
    };

    public static RegistryContainer? Find(SyntaxNode node, SemanticModel model, ContainerScope scope,
        System.Threading.CancellationToken token)
    {
        var resolver = new ValueResolver(model, token);
        RegistryContainer? container = null;
        switch (node)
        {
            case InvocationExpressionSyntax invocation when TestcontainersRecognizer.IsCandidate(invocation):
                container = TestcontainersRecognizer.Recognize(invocation, resolver);
                break;
            case InvocationExpressionSyntax invocation when AspireRecognizer.IsCandidate(invocation):
                container = AspireRecognizer.Recognize(invocation, resolver);
                break;
            case BaseObjectCreationExpressionSyntax creation:
                if (ProcessRecognizer.IsCandidate(creation))
                {
                    return ProcessRecognizer.Recognize(creation, resolver, scope.Files, token);
                }

                if (DockerDotNetRecognizer.IsCandidate(creation))
                {
                    container = DockerDotNetRecognizer.Recognize(creation, resolver);
                }

                if (container is null && KubernetesRecognizer.IsCandidate(creation))
                {
                    container = KubernetesRecognizer.Recognize(creation, resolver);
                }

                break;
        }

        if (container is not null)
        {
            ConfigPaths.Resolve(container, scope.Files, token);
        }

        return container;
    }
}
