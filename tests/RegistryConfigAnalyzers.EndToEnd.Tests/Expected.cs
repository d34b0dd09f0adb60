using System.Collections.Generic;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>
/// The lines a build must print for a config: the engine's own findings, each in MSBuild's
/// canonical form <c>file(line,column): error CODE: message [project]</c>.
/// </summary>
internal static class Expected
{
    public static List<string> Diagnostics(ConsumerProject project, string relativePath,
        RegistryVersion version = RegistryVersion.V3)
    {
        var path = project.PathOf(relativePath);
        var options = new AnalysisOptions { Version = version };
        var input = new ConfigInput(path, File.ReadAllText(path));
        var findings = RegistryConfigEngine.AnalyzeConfig(input, options).Findings;
        Xunit.Assert.NotEmpty(findings);
        return findings
            .Where(f => f.Severity != FindingSeverity.Info)
            .Select(f => Line(f, f.Severity == FindingSeverity.Error ? "error" : "warning", project))
            .ToList();
    }

    public static string Line(Finding finding, string kind, ConsumerProject project)
    {
        var span = finding.Span;
        var place = span.Start.Line == 0
            ? " "
            : $"({span.Start.Line},{span.Start.Column})";
        return $"{span.Source}{place}: {kind} {finding.RuleId}: {finding.Message} [{project.ProjectFile}]";
    }
}
