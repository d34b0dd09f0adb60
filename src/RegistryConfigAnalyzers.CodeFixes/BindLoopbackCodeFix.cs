using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RegistryConfigAnalyzers.Analyzers;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.CodeFixes;

/// <summary>
/// RCA0500: binds a Docker.DotNet <c>PortBinding</c> or a Kubernetes <c>V1ContainerPort</c> to
/// 127.0.0.1 (setting or replacing <c>HostIP</c>), or moves a listen address such as
/// <c>:5000</c> to <c>127.0.0.1:5000</c>. Testcontainers has no address to set, so it gets no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BindLoopbackCodeFix)), Shared]
public sealed class BindLoopbackCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "BindLoopback";

    private const string Loopback = "127.0.0.1";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PortOnAllInterfaces);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root!.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            TextChange? change = node switch
            {
                BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => WithHostIp(initializer),
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression)
                    && literal.Token.ValueText.StartsWith(":", System.StringComparison.Ordinal) =>
                    new TextChange(literal.Span, ChainEdits.Literal(Loopback + literal.Token.ValueText)),
                _ => null,
            };
            if (change is not { } edit)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Bind to 127.0.0.1", token => ApplyAsync(context.Document, edit, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, TextChange change, CancellationToken token)
    {
        var text = await document.GetTextAsync(token).ConfigureAwait(false);
        return document.WithText(text.WithChanges(change));
    }

    private static TextChange WithHostIp(InitializerExpressionSyntax initializer)
    {
        var value = ChainEdits.Literal(Loopback);
        var existing = initializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "HostIP" });
        if (existing is not null)
        {
            return new TextChange(existing.Right.Span, value);
        }

        return initializer.Expressions.Count == 0
            ? new TextChange(initializer.Span, "{ HostIP = " + value + " }")
            : new TextChange(new TextSpan(initializer.Expressions[0].SpanStart, 0), "HostIP = " + value + ", ");
    }
}
