using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Fuzz;

/// <summary>A result of the engine that breaks a promise the hosts rely on.</summary>
public sealed class InvariantViolationException : Exception
{
    public InvariantViolationException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// What every result must satisfy, whatever the input: the hosts turn spans into editor and
/// MSBuild locations without further checks, so a span outside its text is a crash for them.
/// </summary>
public static class FindingInvariants
{
    /// <summary>The text the engine reports when it caught an exception of its own.</summary>
    public const string InternalFailureText = "The checker failed on this file";

    /// <summary>Throws <see cref="InvariantViolationException"/> at the first broken promise.</summary>
    public static void Check(AnalysisResult result, ConfigInput? config, IReadOnlyList<EnvironmentVariable> environment,
        RegistryVersion version)
    {
        var imageText = ImageDefaults.ConfigText(version);
        var texts = new Dictionary<string, (string Text, LineMap Lines)>(StringComparer.Ordinal)
        {
            [ImageDefaults.SourceName(version)] = (imageText, LineMap.Of(imageText)),
        };
        if (config is not null)
        {
            texts[config.Source] = (config.Text, LineMap.Of(config.Text));
        }

        var envSources = new HashSet<string>(environment.Select(e => "env:" + e.Name), StringComparer.Ordinal);
        foreach (var finding in result.Findings)
        {
            if (finding.RuleId == RuleIds.AnalysisLimit &&
                finding.Message.StartsWith(InternalFailureText, StringComparison.Ordinal))
            {
                throw new InvariantViolationException($"The engine caught its own exception: {finding.Message}");
            }

            var descriptor = RuleCatalog.All.FirstOrDefault(r => r.Id == finding.RuleId)
                ?? throw new InvariantViolationException($"Unknown rule id {finding.RuleId}");
            if (descriptor.DefaultSeverity != finding.Severity)
            {
                throw new InvariantViolationException($"{finding}: severity differs from the catalog's {descriptor.DefaultSeverity}");
            }

            if (string.IsNullOrWhiteSpace(finding.Message))
            {
                throw new InvariantViolationException($"{finding.RuleId} has an empty message");
            }

            CheckSpan(finding, finding.Span, texts, envSources);
            foreach (var related in finding.RelatedSpans)
            {
                CheckSpan(finding, related, texts, envSources);
            }
        }

        CheckOrder(result.Findings);
        CheckVerdict(result);
    }

    private static void CheckSpan(Finding finding, SourceSpan span,
        Dictionary<string, (string Text, LineMap Lines)> texts, HashSet<string> envSources)
    {
        if (texts.TryGetValue(span.Source, out var source))
        {
            CheckPosition(finding, span, span.Start, source.Lines);
            CheckPosition(finding, span, span.End, source.Lines);

            if (span.Start.Offset > span.End.Offset || Compare(span.Start, span.End) > 0)
            {
                throw new InvariantViolationException($"{finding}: the span {span} ends before it starts");
            }

            return;
        }

        if (!envSources.Contains(span.Source))
        {
            throw new InvariantViolationException($"{finding}: the span's source {span.Source} is neither the config nor a variable");
        }

        var origin = new SourcePosition(1, 1, 0);
        if (!Same(span.Start, origin) || !Same(span.End, origin))
        {
            throw new InvariantViolationException($"{finding}: a variable without a span must be reported at (1,1), not {span}");
        }
    }

    private static void CheckPosition(Finding finding, SourceSpan span, SourcePosition p, LineMap lines)
    {
        if (p.Line < 1 || p.Line > lines.Count)
        {
            throw new InvariantViolationException(
                $"{finding}: line {p.Line} (offset {p.Offset}) of {span} is outside the file's {lines.Count} lines");
        }

        if (p.Column < 1 || p.Column > lines.Length(p.Line) + 1)
        {
            throw new InvariantViolationException(
                $"{finding}: column {p.Column} of {span} is outside line {p.Line} ({lines.Length(p.Line)} characters)");
        }

        if (p.Offset < 0 || p.Offset > lines.TextLength)
        {
            throw new InvariantViolationException($"{finding}: offset {p.Offset} of {span} is outside the text ({lines.TextLength})");
        }

        var expected = lines.Offset(p.Line, p.Column);
        if (p.Offset != expected && !lines.IsBeforeByteOrderMark(p))
        {
            throw new InvariantViolationException(
                $"{finding}: offset {p.Offset} of {span} is not line {p.Line}, column {p.Column} (offset {expected})");
        }
    }

    private static void CheckOrder(IReadOnlyList<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            var a = findings[i - 1].Span;
            var b = findings[i].Span;
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            if (bySource > 0 || (bySource == 0 && Compare(a.Start, b.Start) > 0))
            {
                throw new InvariantViolationException($"Findings out of order: {findings[i - 1]} before {findings[i]}");
            }
        }
    }

    private static void CheckVerdict(AnalysisResult result)
    {
        var v = result.Verdict;
        if ((v.Starts == false) != (v.StartFailure is not null))
        {
            throw new InvariantViolationException($"Verdict {v} and its start failure '{v.StartFailure}' disagree");
        }

        var judged = v.AnonymousPull is not null || v.AnyHeaderAccepted is not null || v.DeletesEnabled is not null;
        if (v.Starts != true && judged)
        {
            throw new InvariantViolationException($"Verdict {v} judges access of a registry that is not known to start");
        }

        if (v.AnonymousPull == true && v.AnyHeaderAccepted != true)
        {
            throw new InvariantViolationException($"Verdict {v}: anonymous pulls imply that any header is accepted");
        }
    }

    private static int Compare(SourcePosition a, SourcePosition b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);

    private static bool Same(SourcePosition a, SourcePosition b) =>
        a.Line == b.Line && a.Column == b.Column && a.Offset == b.Offset;
}

/// <summary>
/// The lines of a text as editors and Roslyn count them: CR LF, CR, LF, NEL, LS and PS each end
/// a line, which is also what YAML counts as a line break.
/// </summary>
public sealed class LineMap
{
    private readonly List<int> _starts = new() { 0 };
    private readonly List<int> _lengths = new();

    private LineMap(string text)
    {
        TextLength = text.Length;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var breakLength = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2
                : c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? 1 : 0;
            if (breakLength == 0)
            {
                i++;
                continue;
            }

            _lengths.Add(i - _starts[_starts.Count - 1]);
            i += breakLength;
            _starts.Add(i);
        }

        _lengths.Add(text.Length - _starts[_starts.Count - 1]);

        // A byte order mark is not shown by editors, so the first column comes after it.
        Bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        _lengths[0] -= Bom;
    }

    public int Count => _starts.Count;

    public int TextLength { get; }

    private int Bom { get; }

    public static LineMap Of(string text) => new(text);

    public int Length(int line) => _lengths[line - 1];

    public int Offset(int line, int column) => _starts[line - 1] + (line == 1 ? Bom : 0) + column - 1;

    /// <summary>The very start of a text with a byte order mark: offset 0 and 1 both show as (1,1).</summary>
    public bool IsBeforeByteOrderMark(SourcePosition p) => Bom == 1 && p.Line == 1 && p.Column == 1 && p.Offset == 0;
}
