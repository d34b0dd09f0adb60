using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers.Literals;

/// <summary>What a config written in a C# string says by itself.</summary>
internal static class LiteralFindings
{
    public const string Source = "cs-literal";

    /// <summary>
    /// The findings under both major versions. The string alone does not tell which registry
    /// reads it, so a finding one version alone raises is left to the container that mounts it.
    /// </summary>
    public static IReadOnlyList<Finding> Analyze(string text)
    {
        var input = new ConfigInput(Source, text);
        var v2 = RegistryConfigEngine.AnalyzeConfig(input, new AnalysisOptions { Version = RegistryVersion.V2 }).Findings;
        var v3 = RegistryConfigEngine.AnalyzeConfig(input, new AnalysisOptions { Version = RegistryVersion.V3 }).Findings;
        var inV2 = new HashSet<string>(v2.Select(Key));
        return v3.Where(f => inV2.Contains(Key(f))).ToList();
    }

    public static string Key(Finding finding) =>
        finding.RuleId + "@" + finding.Span.Source + ":" + finding.Span.Start.Offset.ToString(CultureInfo.InvariantCulture);
}
