using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>The ranges diagnostics are shown on, the same for every host.</summary>
internal static class Spans
{
    /// <summary>A fluent call from its method name to its closing parenthesis: <c>WithEnvironment(…)</c>.</summary>
    public static Location Call(SyntaxNode node)
    {
        if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
        {
            return Location.Create(invocation.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, invocation.Span.End));
        }

        return node.GetLocation();
    }
}
