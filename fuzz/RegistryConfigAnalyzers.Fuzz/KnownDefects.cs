using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using YamlDotNet.Core;

namespace RegistryConfigAnalyzers.Fuzz;

/// <summary>
/// Engine defects that fuzzing or the property tests found and that are reported but not fixed
/// yet. Each one has a skipped regression test; the checks let them pass so that a run keeps
/// looking for new defects instead of saving the same one under a thousand inputs. Each
/// predicate matches only its own defect, so anything else still fails.
/// </summary>
public static class KnownDefects
{
    /// <summary>
    /// YamlDotNet does not end a line at NEL, LS or PS, which YAML 1.1 (and so the registry's
    /// yaml.v2), editors and Roslyn all do: after one, the engine's line and column are counted
    /// as if it were an ordinary character, while the offset is right.
    /// </summary>
    public static bool IsUnicodeBreakPosition(SourcePosition p, string text)
    {
        if (p.Offset < 0 || p.Offset > text.Length || text.IndexOfAny(UnicodeBreaks, 0, p.Offset) < 0)
        {
            return false;
        }

        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var lineStart = bom;
        for (var i = bom; i < p.Offset; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return p.Line == line && p.Column == p.Offset - lineStart + 1;
    }

    /// <summary>
    /// A position the engine computes from an offset on the first line of a text with a byte
    /// order mark (the end of a file without a final line break) counts the mark as a column.
    /// </summary>
    public static bool IsByteOrderMarkColumn(SourcePosition p, string text) =>
        text.Length > 0 && text[0] == '\uFEFF' && p.Line == 1 && p.Column == p.Offset + 1;

    /// <summary>
    /// The position of a syntax error at a tab is counted wrong in a text with CR line breaks
    /// (<c>a: 1\r\r\n\tb: 2</c> gives line 2 for what is line 3); the offset is right.
    /// </summary>
    public static bool IsTabErrorLineAfterCarriageReturn(Finding finding, SourcePosition p, string text) =>
        finding.RuleId == RuleIds.InvalidYaml && finding.Message.Contains("tab") && text.IndexOf('\r') >= 0 &&
        ((p.Offset < text.Length && text[p.Offset] == '\t') || (p.Offset > 0 && text[p.Offset - 1] == '\t'));

    /// <summary>
    /// The end of the syntax error for a double-quoted scalar left open with an invalid
    /// <c>\u</c> escape (<c>"\udAdd\uddE</c>) is not where its offset is: past the end of its line.
    /// </summary>
    public static bool IsOpenQuotedScalarEnd(Finding finding, SourceSpan span, SourcePosition p, string text) =>
        finding.RuleId == RuleIds.InvalidYaml && finding.Message.Contains("quoted scalar") &&
        p.Equals(span.End) && p.Offset >= 0 && p.Offset <= text.Length;

    private static readonly char[] UnicodeBreaks = { '\u0085', '\u2028', '\u2029' };

    /// <summary>
    /// YamlDotNet's parser throws exceptions other than <see cref="YamlException"/> on some
    /// broken texts; the engine catches them as its own failure instead of reporting invalid YAML.
    /// </summary>
    public static bool IsParserCrash(string message, IEnumerable<string> texts) =>
        texts.Select(ParserCrash).Any(crash => crash is not null && message.Contains(crash));

    /// <summary>What a bare YamlDotNet parse of the text throws, other than a YAML syntax error.</summary>
    public static string? ParserCrash(string text)
    {
        try
        {
            // The engine hands the parser the text without its byte order mark.
            var parser = new Parser(new StringReader(text.TrimStart('\uFEFF')));
            while (parser.MoveNext())
            {
            }

            return null;
        }
        catch (YamlException)
        {
            return null;
        }
        catch (Exception ex)
        {
            return $"({ex.GetType().Name}: {ex.Message})";
        }
    }
}
