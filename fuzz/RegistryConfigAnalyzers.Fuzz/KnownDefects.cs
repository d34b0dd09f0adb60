using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using YamlDotNet.Core;

namespace RegistryConfigAnalyzers.Fuzz;

/// <summary>
/// Engine defects the fuzzer found and that are reported but not fixed yet. Each one has a
/// skipped regression test; the harness lets them pass so that a run keeps looking for new
/// defects instead of saving the same one under a thousand inputs. Each predicate matches only
/// its own defect, so anything else still fails.
/// </summary>
public static class KnownDefects
{
    /// <summary>
    /// YamlDotNet's end of stream sits on a line after the last one when the text does not end
    /// with a line break, and the engine passes that position on: line count + 1, column 1,
    /// with the right offset (the text's length).
    /// </summary>
    public static bool IsEndOfStreamLine(SourcePosition p, LineMap lines) =>
        p.Line == lines.Count + 1 && p.Column == 1 && p.Offset == lines.TextLength && lines.Length(lines.Count) > 0;

    /// <summary>
    /// YamlDotNet ends a block sequence written at its key's indent, when an empty key follows
    /// it (<c>http:\n-\n:</c>), with a stale mark: the start of the enclosing mapping. The
    /// engine passes that on as the end of the sequence, so the span ends before it starts.
    /// </summary>
    public static bool IsStaleSequenceEnd(SourceSpan span, string text) =>
        text.Split('\n').Any(line => line.TrimStart(' ', '-').StartsWith(":", StringComparison.Ordinal)) &&
        span.End.Offset < span.Start.Offset;

    /// <summary>
    /// The template finding counts lines by LF alone, while YAML, editors and Roslyn also end a
    /// line at a lone CR, NEL, LS or PS: its line and column are right only for LF-only text.
    /// </summary>
    public static bool IsLfOnlyTemplatePosition(Finding finding, SourcePosition p, string text)
    {
        if (finding.RuleId != RuleIds.Template || p.Offset < 0 || p.Offset > text.Length)
        {
            return false;
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < p.Offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return p.Line == line && p.Column == p.Offset - lineStart + 1;
    }

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
