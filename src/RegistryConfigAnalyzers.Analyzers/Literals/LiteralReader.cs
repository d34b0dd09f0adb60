using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RegistryConfigAnalyzers.Analyzers.Literals;

/// <summary>
/// Evaluates a C# string expression built from literals (regular, verbatim, raw, interpolated),
/// concatenations and constants, keeping for each character the source range that wrote it.
/// </summary>
internal static class LiteralReader
{
    private const int MaxDepth = 32;

    /// <summary>Stands in for an interpolation hole whose value is not constant.</summary>
    private const string HolePlaceholder = "0";

    /// <summary>
    /// Reads <paramref name="expression"/>; null when any part is neither constant nor a hole
    /// in a value position (a hole that may add whole keys makes the text unknowable).
    /// </summary>
    public static LiteralText? Read(ExpressionSyntax expression, SemanticModel? model, CancellationToken token)
    {
        var builder = new LiteralText.Builder();
        return Append(expression, builder, model, 0, token) ? builder.Build(expression.GetLocation()) : null;
    }

    /// <summary>Whether the node is a string literal of any form (the cheap test before reading).</summary>
    public static bool IsStringLiteral(SyntaxNode node) =>
        node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression)
        || node.IsKind(SyntaxKind.InterpolatedStringExpression);

    private static bool Append(ExpressionSyntax expression, LiteralText.Builder builder, SemanticModel? model,
        int depth, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Append(parenthesized.Expression, builder, model, depth + 1, token);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression)
                || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return AppendToken(literal.Token, builder);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                if (model is not null && model.GetTypeInfo(binary, token).Type?.SpecialType != SpecialType.System_String)
                {
                    return AppendConstant(binary, builder, model, token);
                }

                // A config written line by line is one long left-nested chain: its parts are read
                // in a loop, so that only real nesting counts against the depth limit.
                foreach (var part in Operands(binary, model, token))
                {
                    if (!Append(part, builder, model, depth + 1, token))
                    {
                        return false;
                    }
                }

                return true;
            case InterpolatedStringExpressionSyntax interpolated:
                return AppendInterpolated(interpolated, builder, model, token);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return AppendName(expression, builder, model, depth, token);
            default:
                return AppendConstant(expression, builder, model, token);
        }
    }

    /// <summary>The parts of <c>a + b + c</c>, left to right, down the chain of string additions.</summary>
    private static List<ExpressionSyntax> Operands(BinaryExpressionSyntax chain, SemanticModel? model,
        CancellationToken token)
    {
        var parts = new List<ExpressionSyntax>();
        ExpressionSyntax left = chain;
        while (left is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)
            && (model is null || model.GetTypeInfo(binary, token).Type?.SpecialType == SpecialType.System_String))
        {
            parts.Add(binary.Right);
            left = binary.Left;
        }

        parts.Add(left);
        parts.Reverse();
        return parts;
    }

    // A constant declared elsewhere is mapped into its declaration when that is a plain literal,
    // so a finding points at the config text itself rather than at the name that uses it.
    private static bool AppendName(ExpressionSyntax expression, LiteralText.Builder builder, SemanticModel? model,
        int depth, CancellationToken token)
    {
        if (model is null)
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(expression, token).Symbol;
        var isConst = symbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true };
        var isReadonlyField = symbol is IFieldSymbol { IsReadOnly: true, IsStatic: true };
        if (!isConst && !isReadonlyField)
        {
            return false;
        }

        var declaration = symbol!.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(token) as VariableDeclaratorSyntax;
        var initializer = declaration?.Initializer?.Value;
        if (initializer is not null)
        {
            var sameTree = initializer.SyntaxTree == model.SyntaxTree;
            var mark = builder.Length;
            if (IsPlainLiteral(initializer) || sameTree)
            {
                var inner = new LiteralText.Builder();
                if (Append(initializer, inner, sameTree ? model : null, depth + 1, token))
                {
                    return Copy(inner, builder, mark);
                }
            }
        }

        return isConst && AppendConstant(expression, builder, model, token);
    }

    private static bool Copy(LiteralText.Builder from, LiteralText.Builder to, int mark)
    {
        var text = from.Build(Location.None);
        for (var i = 0; i < text.Text.Length; i++)
        {
            var location = text.GetLocation(i, i + 1);
            if (text.TouchesHole(i, i + 1))
            {
                return false;
            }

            to.Add(text.Text[i], location.SourceTree!, location.SourceSpan.Start, location.SourceSpan.End);
        }

        return to.Length == mark + text.Text.Length;
    }

    private static bool IsPlainLiteral(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax
        || (expression is BinaryExpressionSyntax binary && IsPlainLiteral(binary.Left) && IsPlainLiteral(binary.Right));

    private static bool AppendConstant(ExpressionSyntax expression, LiteralText.Builder builder, SemanticModel? model,
        CancellationToken token)
    {
        var text = model is null ? null : ConstantText(model.GetConstantValue(expression, token));
        if (text is null)
        {
            return false;
        }

        builder.AddAll(text, expression.SyntaxTree, expression.Span);
        return true;
    }

    private static string? ConstantText(Optional<object?> constant)
    {
        if (!constant.HasValue || constant.Value is null)
        {
            return null;
        }

        return constant.Value switch
        {
            string s => s,
            bool b => b ? "True" : "False",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }

    private static bool AppendToken(SyntaxToken literal, LiteralText.Builder builder)
    {
        var text = literal.Text;
        var start = literal.SpanStart;
        var tree = literal.SyntaxTree!;
        var suffix = literal.IsKind(SyntaxKind.Utf8StringLiteralToken)
            || literal.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
            || literal.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken) ? 2 : 0;
        var body = text.Substring(0, text.Length - suffix);

        if (literal.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
            || literal.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken))
        {
            var quotes = CountLeading(body, '"');
            AddRange(body, quotes, body.Length - quotes, start, tree, builder);
            return true;
        }

        if (literal.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
            || literal.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
        {
            var quotes = CountLeading(body, '"');
            AppendMultiLineRaw(body, quotes, body.Length - quotes, start, tree, builder);
            return true;
        }

        if (body.StartsWith("@", StringComparison.Ordinal))
        {
            AppendVerbatim(body, 2, body.Length - 1, start, tree, builder, bracesEscaped: false);
            return true;
        }

        return AppendRegular(body, 1, body.Length - 1, start, tree, builder, bracesEscaped: false);
    }

    private static void AddRange(string text, int from, int to, int offset, SyntaxTree tree, LiteralText.Builder builder)
    {
        for (var i = from; i < to; i++)
        {
            builder.Add(text[i], tree, offset + i, offset + i + 1);
        }
    }

    private static bool AppendRegular(string text, int from, int to, int offset, SyntaxTree tree,
        LiteralText.Builder builder, bool bracesEscaped)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (bracesEscaped && (c == '{' || c == '}') && i + 1 < to && text[i + 1] == c)
            {
                builder.Add(c, tree, offset + i, offset + i + 2);
                i += 2;
                continue;
            }

            if (c != '\\')
            {
                builder.Add(c, tree, offset + i, offset + i + 1);
                i++;
                continue;
            }

            if (!TryReadEscape(text, i, to, out var value, out var length))
            {
                return false;
            }

            foreach (var v in value)
            {
                builder.Add(v, tree, offset + i, offset + i + length);
            }

            i += length;
        }

        return true;
    }

    private static void AppendVerbatim(string text, int from, int to, int offset, SyntaxTree tree,
        LiteralText.Builder builder, bool bracesEscaped)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            var doubled = (c == '"' || (bracesEscaped && (c == '{' || c == '}'))) && i + 1 < to && text[i + 1] == c;
            builder.Add(c, tree, offset + i, offset + i + (doubled ? 2 : 1));
            i += doubled ? 2 : 1;
        }
    }

    private static bool TryReadEscape(string text, int at, int to, out string value, out int length)
    {
        value = "";
        length = 2;
        if (at + 1 >= to)
        {
            return false;
        }

        switch (text[at + 1])
        {
            case '\'': value = "'"; return true;
            case '"': value = "\""; return true;
            case '\\': value = "\\"; return true;
            case '0': value = "\0"; return true;
            case 'a': value = "\a"; return true;
            case 'b': value = "\b"; return true;
            case 'e': value = "\u001b"; return true;
            case 'f': value = "\f"; return true;
            case 'n': value = "\n"; return true;
            case 'r': value = "\r"; return true;
            case 't': value = "\t"; return true;
            case 'v': value = "\v"; return true;
            case 'x':
                var digits = 0;
                while (digits < 4 && at + 2 + digits < to && IsHex(text[at + 2 + digits]))
                {
                    digits++;
                }

                return ReadHex(text, at, digits, digits > 0, out value, out length);
            case 'u':
                return ReadHex(text, at, 4, at + 6 <= to, out value, out length);
            case 'U':
                return ReadHex(text, at, 8, at + 10 <= to, out value, out length);
            default:
                return false;
        }
    }

    private static bool ReadHex(string text, int at, int digits, bool fits, out string value, out int length)
    {
        value = "";
        length = 2 + digits;
        if (!fits || !int.TryParse(text.Substring(at + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture,
                out var code) || code > 0x10FFFF)
        {
            return false;
        }

        value = char.ConvertFromUtf32(code);
        return true;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int CountLeading(string text, char c)
    {
        var n = 0;
        while (n < text.Length && text[n] == c)
        {
            n++;
        }

        return n;
    }

    // A multi-line raw literal drops its first and last line breaks and the closing line's
    // indentation from every line.
    private static void AppendMultiLineRaw(string text, int from, int to, int offset, SyntaxTree tree,
        LiteralText.Builder builder)
    {
        var closingLine = to;
        while (closingLine > from && (text[closingLine - 1] == ' ' || text[closingLine - 1] == '\t'))
        {
            closingLine--;
        }

        var indentation = text.Substring(closingLine, to - closingLine);
        var contentEnd = TrimClosingLine(text, from, to);
        var contentStart = SkipFirstLine(text, from, to);
        var atLineStart = true;
        var i = contentStart;
        while (i < contentEnd)
        {
            if (atLineStart)
            {
                i = SkipIndentation(text, i, contentEnd, indentation);
                atLineStart = false;
                continue;
            }

            var c = text[i];
            builder.Add(c, tree, offset + i, offset + i + 1);
            if (c == '\n' || (c == '\r' && (i + 1 >= contentEnd || text[i + 1] != '\n')))
            {
                atLineStart = true;
            }

            i++;
        }
    }

    // Skips the rest of the opening line (blanks, then the line break) when it is there.
    private static int SkipFirstLine(string text, int from, int to)
    {
        var i = from;
        while (i < to && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        if (i < to && text[i] == '\r')
        {
            i++;
        }

        if (i < to && text[i] == '\n')
        {
            i++;
        }

        return i > from && (text[i - 1] == '\n' || text[i - 1] == '\r') ? i : from;
    }

    private static int SkipIndentation(string text, int i, int end, string indentation)
    {
        var matched = 0;
        while (matched < indentation.Length && i < end && text[i] == indentation[matched])
        {
            i++;
            matched++;
        }

        return i;
    }

    private static bool AppendInterpolated(InterpolatedStringExpressionSyntax interpolated, LiteralText.Builder builder,
        SemanticModel? model, CancellationToken token)
    {
        var startKind = interpolated.StringStartToken.Kind();
        var verbatim = startKind == SyntaxKind.InterpolatedVerbatimStringStartToken;
        var raw = startKind is SyntaxKind.InterpolatedSingleLineRawStringStartToken
            or SyntaxKind.InterpolatedMultiLineRawStringStartToken;
        var multiLine = startKind == SyntaxKind.InterpolatedMultiLineRawStringStartToken;
        var tree = interpolated.SyntaxTree;
        var indentation = multiLine ? ClosingIndentation(interpolated) : "";
        var first = builder.Length;
        var atLineStart = multiLine;
        var contents = interpolated.Contents;

        for (var index = 0; index < contents.Count; index++)
        {
            var content = contents[index];
            if (content is InterpolatedStringTextSyntax textPart)
            {
                var text = textPart.TextToken.Text;
                var offset = textPart.TextToken.SpanStart;
                var from = 0;
                var to = text.Length;
                if (multiLine && index == 0 && offset == interpolated.StringStartToken.Span.End)
                {
                    from = SkipFirstLine(text, 0, to);
                }

                if (multiLine && index == contents.Count - 1 && !EndOwnsClosingLine(interpolated))
                {
                    to = TrimClosingLine(text, from, to);
                }

                if (raw && !multiLine)
                {
                    AddRange(text, from, to, offset, tree, builder);
                }
                else if (multiLine)
                {
                    atLineStart = AppendRawLines(text, from, to, offset, tree, builder, indentation, atLineStart);
                }
                else if (verbatim)
                {
                    AppendVerbatim(text, from, to, offset, tree, builder, bracesEscaped: true);
                }
                else if (!AppendRegular(text, from, to, offset, tree, builder, bracesEscaped: true))
                {
                    return false;
                }

                continue;
            }

            var hole = (InterpolationSyntax)content;
            atLineStart = false;
            var value = hole.AlignmentClause is null && hole.FormatClause is null && model is not null
                ? ConstantText(model.GetConstantValue(hole.Expression, token))
                : null;
            if (value is not null)
            {
                builder.AddAll(value, tree, hole.Span);
                continue;
            }

            if (!InValuePosition(builder.CurrentText, first))
            {
                return false;
            }

            builder.AddHole(HolePlaceholder, tree, hole.Span);
        }

        return true;
    }

    // A hole after "key:" on its line can only change that scalar; anywhere else it may add keys.
    private static bool InValuePosition(string text, int first)
    {
        var lineStart = Math.Max(first, text.LastIndexOf('\n') + 1);
        var line = text.Substring(lineStart);
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && line.EndsWith(":", StringComparison.Ordinal))
        {
            colon = line.Length - 1;
        }

        return colon > 0 && line.Substring(0, colon).Trim().Length > 0 && line.Trim().Length > 0;
    }

    private static bool AppendRawLines(string text, int from, int to, int offset, SyntaxTree tree,
        LiteralText.Builder builder, string indentation, bool atLineStart)
    {
        var i = from;
        while (i < to)
        {
            if (atLineStart)
            {
                i = SkipIndentation(text, i, to, indentation);
                atLineStart = false;
                continue;
            }

            var c = text[i];
            builder.Add(c, tree, offset + i, offset + i + 1);
            if (c == '\n' || (c == '\r' && (i + 1 >= to || text[i + 1] != '\n')))
            {
                atLineStart = true;
            }

            i++;
        }

        return atLineStart;
    }

    private static int TrimClosingLine(string text, int from, int to)
    {
        var end = to;
        while (end > from && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        if (end > from && text[end - 1] == '\n')
        {
            end--;
        }

        if (end > from && text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    private static bool EndOwnsClosingLine(InterpolatedStringExpressionSyntax interpolated) =>
        interpolated.StringEndToken.Text.IndexOfAny(new[] { '\n', '\r' }) >= 0;

    private static string ClosingIndentation(InterpolatedStringExpressionSyntax interpolated)
    {
        // The end token carries the last line break and the closing line's blanks.
        var endText = interpolated.StringEndToken.Text;
        var lineBreak = endText.LastIndexOfAny(new[] { '\n', '\r' });
        if (lineBreak >= 0)
        {
            var quotes = endText.IndexOf('"', lineBreak);
            return endText.Substring(lineBreak + 1, (quotes < 0 ? endText.Length : quotes) - lineBreak - 1);
        }

        var source = interpolated.SyntaxTree.GetText();
        var end = interpolated.StringEndToken.SpanStart;
        var start = end;
        while (start > 0 && (source[start - 1] == ' ' || source[start - 1] == '\t'))
        {
            start--;
        }

        return source.ToString(TextSpan.FromBounds(start, end));
    }
}
