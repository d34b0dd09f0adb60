using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
/// RCA0001 on a config written as one C# string (regular or raw): appends an htpasswd
/// <c>auth</c> block at the root, in the literal's own form (escapes, or raw lines at the
/// closing indentation).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAuthBlockCodeFix)), Shared]
public sealed class AddAuthBlockCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "AddAuthBlock";

    private static readonly string[] Block =
    {
        "auth:", "  htpasswd:", "    realm: Registry Realm", "    path: /auth/htpasswd",
    };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.AnonymousAccess);

    // Not the batch fixer: it fixes only the actions whose equivalence key is the one the host asks
    // for, and `dotnet format` takes that key from the first RCA0001 it finds. When that one is on a
    // container (fixed by AddHtpasswdAuthCodeFix), this fix registers nothing for it, the key is null,
    // and the batch fixer would fix no config string at all.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Insertion(root!, diagnostic) is not { } change)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Add htpasswd auth to the config", t => ApplyAsync(context.Document, change, t), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document,
        ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics)
        {
            if (Insertion(root!, diagnostic) is { } change && !changes.Contains(change))
            {
                changes.Add(change);
            }
        }

        if (changes.Count == 0)
        {
            return document;
        }

        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes));
    }

    private static TextChange? Insertion(SyntaxNode root, Diagnostic diagnostic)
    {
        // Diagnostics on containers carry their host; this fix is for config text only.
        if (diagnostic.Properties.ContainsKey(ContainerJudge.HostProperty))
        {
            return null;
        }

        return Insertion(root.FindToken(diagnostic.Location.SourceSpan.Start));
    }

    private static TextChange? Insertion(SyntaxToken token)
    {
        var text = token.Text;
        if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
        {
            var closingLine = text.LastIndexOf('\n') + 1;
            var quotes = text.IndexOf('"', closingLine);
            var indentation = text.Substring(closingLine, quotes - closingLine);
            var newLine = closingLine >= 2 && text[closingLine - 2] == '\r' ? "\r\n" : "\n";
            var lines = string.Concat(System.Array.ConvertAll(Block, line => indentation + line + newLine));
            return new TextChange(new TextSpan(token.SpanStart + closingLine, 0), lines);
        }

        if (token.IsKind(SyntaxKind.StringLiteralToken) && !text.StartsWith("@", System.StringComparison.Ordinal))
        {
            var prefix = token.ValueText.EndsWith("\n", System.StringComparison.Ordinal) ? "" : "\\n";
            var escaped = prefix + string.Join("\\n", Block) + "\\n";
            return new TextChange(new TextSpan(token.Span.End - 1, 0), escaped);
        }

        return null;
    }

    private static async Task<Document> ApplyAsync(Document document, TextChange change, CancellationToken token)
    {
        var text = await document.GetTextAsync(token).ConfigureAwait(false);
        return document.WithText(text.WithChanges(change));
    }
}
