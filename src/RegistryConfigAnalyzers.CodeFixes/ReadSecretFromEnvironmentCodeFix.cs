using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegistryConfigAnalyzers.Analyzers;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.CodeFixes;

/// <summary>
/// RCA0502: replaces a secret written in the code with a read of the environment variable of the
/// same name, failing loudly when it is not set rather than starting the registry without it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadSecretFromEnvironmentCodeFix)), Shared]
public sealed class ReadSecretFromEnvironmentCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "ReadSecretFromEnvironment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardCodedSecret);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(HardCodedSecretAnalyzer.VariableProperty, out var name) || name is null
                || root!.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue("RegistryHost", out var host);
            context.RegisterCodeFix(
                CodeAction.Create($"Read {name} from the environment",
                    token => ReplaceAsync(context.Document, value, name, host == "DockerDotNet", token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax value, string name, bool entry,
        CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        var quoted = ChainEdits.Literal(name);
        var read = $"System.Environment.GetEnvironmentVariable({quoted}) "
            + $"?? throw new System.InvalidOperationException({ChainEdits.Literal(name + " is not set")})";

        // Docker.DotNet takes "NAME=value" entries, so the name stays in front of the read.
        var text = entry ? $"{ChainEdits.Literal(name + "=")} + ({read})" : read;
        var replacement = SyntaxFactory.ParseExpression(text).WithTriviaFrom(value);
        return document.WithSyntaxRoot(root!.ReplaceNode(value, replacement));
    }
}
