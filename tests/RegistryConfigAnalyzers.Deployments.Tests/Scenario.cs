using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Deployments;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>
/// Deployment files and project files for one test. Text between <c>[|</c> and <c>|]</c> marks
/// where a finding is expected; the markers are removed before analysis.
/// </summary>
internal sealed class Scenario
{
    private readonly List<DeploymentFile> _files = new();
    private readonly Dictionary<string, string> _project = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceSpan>> _marks = new(StringComparer.Ordinal);

    /// <summary>The paths the analyzer asked the host for, in order.</summary>
    public List<string> Reads { get; } = new();

    public Scenario File(string path, string marked)
    {
        _files.Add(new DeploymentFile(path, Unmark(path, marked)));
        return this;
    }

    public Scenario ProjectFile(string path, string marked)
    {
        _project[path] = Unmark(path, marked);
        return this;
    }

    public DeploymentResult Run(RegistryVersion unmountedConfigVersion = RegistryVersion.V2) =>
        DeploymentAnalyzer.Analyze(_files, path =>
        {
            Reads.Add(path);
            return _project.TryGetValue(path, out var text) ? text : null;
        }, new AnalysisOptions { Version = unmountedConfigVersion });

    /// <summary>The <paramref name="index"/>th marked span of a file.</summary>
    public SourceSpan Mark(string path, int index = 0) => _marks[path][index];

    private string Unmark(string path, string marked)
    {
        var text = new StringBuilder();
        var spans = new List<SourceSpan>();
        var starts = new Stack<SourcePosition>();
        int line = 1, column = 1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                starts.Push(new SourcePosition(line, column, text.Length));
                i++;
                continue;
            }

            if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == ']')
            {
                spans.Add(new SourceSpan(path, starts.Pop(), new SourcePosition(line, column, text.Length)));
                i++;
                continue;
            }

            text.Append(marked[i]);
            if (marked[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (marked[i] != '\r' || i + 1 >= marked.Length || marked[i + 1] != '\n')
            {
                column++;
            }
        }

        _marks[path] = spans.OrderBy(s => s.Start.Offset).ToList();
        return text.ToString();
    }
}

internal static class Expect
{
    public static Finding Finding(DeploymentResult result, string ruleId, SourceSpan at)
    {
        var found = result.Findings.FirstOrDefault(f => f.RuleId == ruleId && Same(f.Span, at));
        Assert.True(found is not null,
            $"expected {ruleId} at {at}; found:\n  " + string.Join("\n  ", result.Findings.Select(Show)));
        return found!;
    }

    public static void NoFinding(DeploymentResult result, string ruleId)
    {
        var found = result.Findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.True(found.Count == 0, $"expected no {ruleId}; found:\n  " + string.Join("\n  ", found.Select(Show)));
    }

    public static void Only(DeploymentResult result, params string[] ruleIds)
    {
        var ids = result.Findings.Select(f => f.RuleId).Distinct().OrderBy(i => i).ToArray();
        Assert.True(ids.SequenceEqual(ruleIds.OrderBy(i => i)),
            $"expected only {string.Join(", ", ruleIds)}; found:\n  " + string.Join("\n  ", result.Findings.Select(Show)));
    }

    public static DeployedRegistry Single(DeploymentResult result) => Assert.Single(result.Registries);

    public static string Verdict(DeploymentResult result) => Single(result).Verdict?.ToString() ?? "not judged";

    public static bool Same(SourceSpan a, SourceSpan b) =>
        a.Source == b.Source && a.Start.Line == b.Start.Line && a.Start.Column == b.Start.Column &&
        a.Start.Offset == b.Start.Offset && a.End.Line == b.End.Line && a.End.Column == b.End.Column &&
        a.End.Offset == b.End.Offset;

    private static string Show(Finding f) =>
        $"{f.RuleId} {f.Span.Source}({f.Span.Start.Line},{f.Span.Start.Column},@{f.Span.Start.Offset})-" +
        $"({f.Span.End.Line},{f.Span.End.Column},@{f.Span.End.Offset}): {f.Message}";
}
