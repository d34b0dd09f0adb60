using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegistryConfigAnalyzers.Analyzers.Recognition;

namespace RegistryConfigAnalyzers.CodeFixes;

/// <summary>Appends calls to the Testcontainers or Aspire builder expression that names an image.</summary>
internal static class ChainEdits
{
    /// <summary>The builder expression (creation or call) that the image at <paramref name="image"/> is given to.</summary>
    public static ExpressionSyntax? BuilderAt(SyntaxNode image, SemanticModel model, CancellationToken token)
    {
        foreach (var ancestor in image.Ancestors())
        {
            if (ancestor is StatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }

            if (ancestor is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax))
            {
                continue;
            }

            var type = model.GetTypeInfo(ancestor, token).Type;
            if (TestcontainersRecognizer.IsBuilder(type) || type is INamedTypeSymbol { Name: "IResourceBuilder" })
            {
                return (ExpressionSyntax)ancestor;
            }
        }

        return null;
    }

    /// <summary>Replaces <paramref name="builder"/> with itself followed by <paramref name="calls"/>, one per line.</summary>
    public static async Task<Document> AppendAsync(Document document, ExpressionSyntax builder, string[] calls,
        CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        var text = await document.GetTextAsync(token).ConfigureAwait(false);
        var line = text.Lines.GetLineFromPosition(builder.SpanStart);
        var lineText = line.ToString();
        var indentation = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length) + "    ";
        var endOfLine = root!.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString();
        var newLine = endOfLine.Length > 0 ? endOfLine : "\n";
        var appended = builder.WithoutTrivia().ToString()
            + string.Concat(calls.Select(call => newLine + indentation + "." + call));
        var replacement = SyntaxFactory.ParseExpression(appended).WithTriviaFrom(builder);
        return document.WithSyntaxRoot(root.ReplaceNode(builder, replacement));
    }

    public static string Literal(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).ToString();

    public static string Environment(string name, string value) =>
        $"WithEnvironment({Literal(name)}, {Literal(value)})";
}
