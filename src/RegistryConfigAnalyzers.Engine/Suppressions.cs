using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>
/// Inline suppressions written as YAML comments:
/// <c># registry-config: disable-next-line RCA0200 -- TLS ends at the ingress</c>, the same with
/// <c>disable-line</c> at the end of the line it covers, or <c>disable-file</c> for the whole file.
/// </summary>
internal static class Suppressions
{
    private static readonly Regex Comment = new(
        @"(?:^|\s)#\s*registry-config:\s*(?<verb>[A-Za-z-]+)\s*(?<ids>[^\r\n]*?)\s*(?:--\s*(?<reason>[^\r\n]*?))?\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex RuleId = new(@"^RCA\d{4}$", RegexOptions.CultureInvariant);

    private sealed class Directive
    {
        public Directive(string verb, string[] ids, string reason, SourceSpan span, int coveredLine)
        {
            Verb = verb;
            Ids = ids;
            Reason = reason;
            Span = span;
            CoveredLine = coveredLine;
        }

        public string Verb { get; }

        public string[] Ids { get; }

        public string Reason { get; }

        public SourceSpan Span { get; }

        /// <summary>The line a line directive covers; 0 for the whole file.</summary>
        public int CoveredLine { get; }

        public bool Used { get; set; }
    }

    // A line directive one line off is the usual slip: a finding sits on the key's value, not its section.
    private static string Nearest(Directive directive, IReadOnlyList<Finding> findings, ConfigInput input)
    {
        var near = directive.CoveredLine == 0
            ? null
            : findings.Where(f => f.Span.Source == input.Source && directive.Ids.Contains(f.RuleId))
                .OrderBy(f => Math.Abs(f.Span.Start.Line - directive.CoveredLine)).FirstOrDefault();
        return near is null
            ? "; remove it"
            : $" on line {directive.CoveredLine}; {near.RuleId} is reported on line {near.Span.Start.Line}";
    }

    /// <summary>Removes the findings the file's comments suppress, and reports bad or unused comments.</summary>
    public static (List<Finding> Kept, List<Finding> Suppressed) Apply(ConfigInput input, IReadOnlyList<Finding> findings)
    {
        var directives = Read(input, out var problems);
        if (directives.Count == 0 && problems.Count == 0)
        {
            return (findings.ToList(), new List<Finding>());
        }

        var kept = new List<Finding>();
        var suppressed = new List<Finding>();
        foreach (var finding in findings)
        {
            var match = finding.Span.Source == input.Source
                ? directives.FirstOrDefault(d => d.Ids.Contains(finding.RuleId) &&
                    (d.CoveredLine == 0 || d.CoveredLine == finding.Span.Start.Line))
                : null;
            if (match is null)
            {
                kept.Add(finding);
                continue;
            }

            match.Used = true;
            suppressed.Add(new Finding(finding.RuleId, finding.Severity, finding.Message, finding.Span,
                finding.RelatedSpans, match.Reason));
        }

        foreach (var directive in directives.Where(d => !d.Used))
        {
            kept.Add(Make(RuleIds.UnusedSuppression, directive.Span,
                $"This suppression of {string.Join(", ", directive.Ids)} matches no finding{Nearest(directive, findings, input)}"));
        }

        foreach (var directive in directives.Where(d => d.Reason.Length == 0))
        {
            kept.Add(Make(RuleIds.SuppressionWithoutReason, directive.Span,
                $"This suppression of {string.Join(", ", directive.Ids)} gives no reason; add one after `--`"));
        }

        kept.AddRange(problems);
        return (kept, suppressed);
    }

    private static List<Directive> Read(ConfigInput input, out List<Finding> problems)
    {
        problems = new List<Finding>();
        var directives = new List<Directive>();
        var text = input.Text;
        if (text.IndexOf("registry-config:", StringComparison.Ordinal) < 0)
        {
            return directives;
        }

        // A comment ends at any line break yaml.v2 counts, NEL, LS and PS included.
        var lines = LineMap.Of(text);
        for (var lineNumber = 1; lineNumber <= lines.Count; lineNumber++)
        {
            var offset = lines.StartOf(lineNumber);
            var end = lineNumber < lines.Count ? lines.StartOf(lineNumber + 1) - 1 : text.Length;
            if (lineNumber < lines.Count && text[end] == '\n' && end > offset && text[end - 1] == '\r')
            {
                end--;
            }

            var line = text.Substring(offset, end - offset);
            var match = Comment.Match(line);
            if (!match.Success)
            {
                continue;
            }

            var column = match.Index + (char.IsWhiteSpace(line[match.Index]) ? 1 : 0);
            var span = new SourceSpan(input.Source,
                Shift(lines.At(offset + column), input), Shift(lines.At(end), input));
            var verb = match.Groups["verb"].Value;
            var ids = match.Groups["ids"].Value.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var bad = ids.Where(id => !RuleId.IsMatch(id) || !RuleCatalog.Contains(id)).ToList();
            var covered = verb switch
            {
                "disable-next-line" => lineNumber + 1 + input.LineOffset,
                "disable-line" => lineNumber + input.LineOffset,
                "disable-file" => 0,
                _ => -1,
            };
            if (covered < 0 || ids.Length == 0 || bad.Count > 0)
            {
                var why = covered < 0
                    ? $"`{verb}` is not disable-next-line, disable-line or disable-file"
                    : ids.Length == 0 ? "it names no rule" : $"{string.Join(", ", bad)} is not a rule id";
                problems.Add(Make(RuleIds.UnusedSuppression, span, $"This suppression comment is not understood: {why}"));
                continue;
            }

            directives.Add(new Directive(verb, ids, match.Groups["reason"].Value.Trim(), span, covered));
        }

        return directives;
    }

    private static SourcePosition Shift(SourcePosition p, ConfigInput input) =>
        new(p.Line + input.LineOffset, p.Column + input.ColumnOffset, p.Offset + input.OffsetBase);

    private static Finding Make(string id, SourceSpan span, string message) =>
        new(id, RuleCatalog.Get(id).DefaultSeverity, message, span);
}
