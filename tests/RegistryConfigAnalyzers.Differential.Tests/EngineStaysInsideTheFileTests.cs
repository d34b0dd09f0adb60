using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Differential.Tests;

/// <summary>
/// For every fixture config and each of its line-by-line prefixes (a file cut short while someone
/// types), the engine answers quickly, never fails inside, and points only at places in the file.
/// Needs no registry.
/// </summary>
public sealed class EngineStaysInsideTheFileTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static TheoryData<string> CaseNames => new(Fixtures.Fixtures.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Findings_point_inside_the_file_for_the_config_and_its_prefixes(string caseName)
    {
        var fixture = Fixtures.Fixtures.ByName[caseName];
        var config = Placeholders(fixture.Config);
        var environment = fixture.Environment
            .Select(v => new EnvironmentVariable(v.Key, Placeholders(v.Value)))
            .Prepend(new EnvironmentVariable("REGISTRY_HTTP_ADDR", "127.0.0.1:5000"))
            .ToList();

        var problems = new List<string>();
        foreach (var text in Prefixes(config).Append(config))
        {
            problems.AddRange(Check(text, environment));
        }

        Assert.True(problems.Count == 0, $"{caseName}:\n  " + string.Join("\n  ", problems.Distinct().Take(10)));
    }

    private static IEnumerable<string> Check(string text, IReadOnlyList<EnvironmentVariable> environment)
    {
        var clock = Stopwatch.StartNew();
        var result = RegistryConfigEngine.AnalyzeEffective(new ConfigInput("config.yml", text), environment,
            new AnalysisOptions { Version = RegistryVersion.V2 });
        var where = $"prefix of {text.Length} chars";
        if (clock.Elapsed > Budget)
        {
            yield return $"{where}: took {clock.Elapsed.TotalSeconds:F1}s";
        }

        foreach (var finding in result.Findings)
        {
            if (finding.Message.Contains("checker failed", StringComparison.Ordinal))
            {
                yield return $"{where}: the engine failed inside: {finding.Message}";
            }

            foreach (var span in finding.RelatedSpans.Prepend(finding.Span))
            {
                if (span.Source != "config.yml")
                {
                    continue;
                }

                var problem = Outside(text, span.Start) ?? Outside(text, span.End)
                    ?? (span.End.Offset < span.Start.Offset ? "ends before it starts" : null);
                if (problem is not null)
                {
                    yield return $"{where}: {finding.RuleId} at {span}: {problem} ({Shorten(finding.Message)})";
                }
            }
        }
    }

    /// <summary>Why a position is not in the text, or null when its offset, line and column agree.</summary>
    private static string? Outside(string text, SourcePosition position)
    {
        if (position.Offset < 0 || position.Offset > text.Length)
        {
            return $"offset {position.Offset} is outside 0..{text.Length}";
        }

        // Editors break lines at \n, \r\n and \r; some also at U+0085, U+2028 and U+2029.
        var plain = LineColumn(text, position.Offset, unicodeBreaks: false);
        var unicode = LineColumn(text, position.Offset, unicodeBreaks: true);
        if ((position.Line, position.Column) == plain || (position.Line, position.Column) == unicode)
        {
            return null;
        }

        // A byte order mark takes no column in an editor.
        if (text.StartsWith('\uFEFF') && position.Line == 1 && position.Column == plain.Column - 1)
        {
            return null;
        }

        return $"line/column {position} do not match offset {position.Offset}, which is {plain}";
    }

    private static (int Line, int Column) LineColumn(string text, int offset, bool unicodeBreaks)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            var isBreak = c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
                || (unicodeBreaks && c is '\u0085' or '\u2028' or '\u2029');
            if (isBreak)
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static IEnumerable<string> Prefixes(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0 && i < text.Length - 1; i = text.IndexOf('\n', i + 1))
        {
            yield return text.Substring(0, i + 1);

            // Cut inside the next line too, where a key or value is half written.
            var next = text.IndexOf('\n', i + 1);
            var middle = i + 1 + ((next < 0 ? text.Length : next) - i - 1) / 2;
            if (middle > i + 1 && middle < text.Length)
            {
                yield return text.Substring(0, middle);
            }
        }
    }

    private static string Placeholders(string text) => text
        .Replace("__ROOT__", "/srv/registry/data", StringComparison.Ordinal)
        .Replace("__DIR__", "/srv/registry", StringComparison.Ordinal)
        .Replace("__PORT__", "5000", StringComparison.Ordinal)
        .Replace("__DEBUGPORT__", "5001", StringComparison.Ordinal)
        .Replace("__UPSTREAM__", "http://127.0.0.1:5002", StringComparison.Ordinal);

    private static string Shorten(string s) => s.Length > 100 ? s.Substring(0, 97) + "..." : s;
}
