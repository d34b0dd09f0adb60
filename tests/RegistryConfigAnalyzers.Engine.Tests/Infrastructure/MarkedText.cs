using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.Engine.Tests.Infrastructure;

/// <summary>One place a test expects a finding: the rule, and the range of text it covers.</summary>
internal sealed record ExpectedFinding(string RuleId, SourceSpan Span);

/// <summary>
/// A text with the expected findings marked in it. <c>{|RCA0001:auth|}</c> expects a finding of
/// RCA0001 exactly over <c>auth</c>; <c>[|auth|]</c> expects one of the rule the test names.
/// Marks may nest and may be empty (<c>{|RCA0102:|}</c> for a finding at a point).
/// </summary>
internal sealed class MarkedText
{
    // Only a rule id makes `{|` a mark, so template text such as `{{|]` stays text.
    private static readonly Regex NamedMark = new(@"\G\{\|(RCA\d{4}):", RegexOptions.CultureInvariant);

    private static readonly char[] MarkCharacters = { '{', '[', '|' };

    private MarkedText(string source, string text, IReadOnlyList<ExpectedFinding> expected)
    {
        Source = source;
        Text = text;
        Expected = expected;
    }

    public string Source { get; }

    /// <summary>The text with every mark removed, as the engine sees it.</summary>
    public string Text { get; }

    public IReadOnlyList<ExpectedFinding> Expected { get; }

    public static MarkedText Parse(string source, string markup, string? defaultRuleId)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(string? RuleId, int Start)>();
        var marks = new List<(string RuleId, int Start, int End)>();
        for (var i = 0; i < markup.Length; i++)
        {
            // Jump to the next character that may start or end a mark; large inputs stay cheap.
            var next = markup.IndexOfAny(MarkCharacters, i);
            if (next < 0)
            {
                text.Append(markup, i, markup.Length - i);
                break;
            }

            text.Append(markup, i, next - i);
            i = next;
            var named = markup[i] == '{' ? NamedMark.Match(markup, i) : null;
            if (named is { Success: true } && named.Index == i)
            {
                open.Push((named.Groups[1].Value, text.Length));
                i += named.Length - 1;
            }
            else if (Starts(markup, i, "[|"))
            {
                open.Push((null, text.Length));
                i++;
            }
            else if (open.Count > 0 && Starts(markup, i, open.Peek().RuleId is null ? "|]" : "|}"))
            {
                var (ruleId, start) = open.Pop();
                ruleId ??= defaultRuleId ?? throw new FormatException("A `[|` mark needs a rule named by the test.");
                marks.Add((ruleId, start, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("A mark is never closed.");
        }

        var plain = text.ToString();
        var expected = new List<ExpectedFinding>();
        foreach (var (ruleId, start, end) in marks)
        {
            expected.Add(new ExpectedFinding(ruleId, SpanOf(source, plain, start, end)));
        }

        return new MarkedText(source, plain, expected);
    }

    /// <summary>The span of <c>text[start..end)</c>: 1-based lines and columns; a BOM is no column.</summary>
    public static SourceSpan SpanOf(string source, string text, int start, int end) =>
        new(source, PositionOf(text, start), PositionOf(text, end));

    public static SourcePosition PositionOf(string text, int offset)
    {
        var line = 1;
        var lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = 0; i < offset; i++)
        {
            // YAML ends a line at LF, CRLF or a lone CR.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, offset - lineStart + 1, offset);
    }

    private static bool Starts(string s, int i, string token) =>
        string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
