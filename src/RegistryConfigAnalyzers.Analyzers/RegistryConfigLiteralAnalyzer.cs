using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Literals;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// Checks registry configs written as C# strings (regular, verbatim, raw, interpolated with
/// constant parts, concatenated, in const fields) and shows each finding on the characters of
/// the literal that wrote the offending text.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegistryConfigLiteralAnalyzer : DiagnosticAnalyzer
{
    // A config needs at least "version: 0.1" and a storage driver; shorter strings are skipped unread.
    private const int ShortestConfig = 24;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.EngineRules;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var node = (ExpressionSyntax)context.Node;
        var top = Outermost(node);
        if (top.Span.Length < ShortestConfig || (top != node && FirstLiteral(top) != node))
        {
            return;
        }

        // Cheap test on the source text before anything is decoded or bound; the parts of a
        // concatenation may be constants named elsewhere, so one telling word is enough.
        var source = top is LiteralExpressionSyntax lone
            ? lone.Token.Text
            : node.SyntaxTree.GetText(context.CancellationToken).ToString(top.Span);
        if (source.IndexOf("storage", System.StringComparison.OrdinalIgnoreCase) < 0
            && source.IndexOf("version", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        var literal = LiteralReader.Read(top, context.SemanticModel, context.CancellationToken);
        if (literal is null || !HasVersionKey(literal.Text) || !RegistryConfigEngine.LooksLikeRegistryConfig(literal.Text))
        {
            return;
        }

        foreach (var finding in LiteralFindings.Analyze(literal.Text))
        {
            var start = finding.Span.Start.Offset;
            var end = finding.Span.End.Offset;
            if (literal.TouchesHole(start, end))
            {
                continue;
            }

            var related = finding.RelatedSpans.Where(s => s.Source == LiteralFindings.Source)
                .Select(s => literal.GetLocation(s.Start.Offset, s.End.Offset));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Get(finding.RuleId), literal.GetLocation(start, end),
                Descriptors.ToRoslyn(finding.Severity), related, null, finding.Message));
        }
    }

    // Strings in code hold many YAML and JSON documents (zot's config has storage and http too);
    // only one with the registry's top-level "version:" key is taken for a registry config.
    private static bool HasVersionKey(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart('\uFEFF');
            if (trimmed.StartsWith("version", System.StringComparison.Ordinal)
                && trimmed.Substring("version".Length).TrimStart(' ').StartsWith(":", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax Outermost(ExpressionSyntax expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax
               || (expression.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)))
        {
            expression = (ExpressionSyntax)expression.Parent;
        }

        return expression;
    }

    private static SyntaxNode? FirstLiteral(ExpressionSyntax top) =>
        top.DescendantNodesAndSelf(n => !n.IsKind(SyntaxKind.InterpolatedStringExpression) || n == top)
            .FirstOrDefault(LiteralReader.IsStringLiteral);
}
