using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegistryConfigAnalyzers.Analyzers;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.CodeFixes;

/// <summary>RCA0504: assigns the new builder back to the variable the dropped call was made on.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AssignBuilderResultCodeFix)), Shared]
public sealed class AssignBuilderResultCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "AssignBuilderResult";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DroppedBuilderResult);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root!.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            var statement = node?.FirstAncestorOrSelf<ExpressionStatementSyntax>();
            if (statement?.Expression is not InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } } access,
                } invocation)
            {
                continue;
            }

            var target = access.Expression.WithoutTrivia();
            var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target,
                invocation.WithoutLeadingTrivia()).WithLeadingTrivia(invocation.GetLeadingTrivia());
            context.RegisterCodeFix(
                CodeAction.Create($"Assign the new builder to '{target}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(
                        root.ReplaceNode(statement, statement.WithExpression(assignment.NormalizeWhitespace()
                            .WithTriviaFrom(statement.Expression))))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
