using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Analyzers.Tests;

/// <summary>
/// The release-tracking files are the record of which rules each version adds or changes, so they must
/// list every rule of the catalog with the category and default severity it has now.
/// </summary>
public class ReleaseTrackingTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    {
        new RegistryContainerAnalyzer(), new RegistryConfigLiteralAnalyzer(), new PortOnAllInterfacesAnalyzer(),
        new HardCodedSecretAnalyzer(), new DebugPortPublishedAnalyzer(), new DroppedBuilderResultAnalyzer(),
    };

    [Fact]
    public void Every_rule_of_the_catalog_is_listed_with_its_category_and_severity()
    {
        var listed = ListedRules();

        foreach (var rule in RuleCatalog.All)
        {
            Assert.True(listed.TryGetValue(rule.Id, out var row), rule.Id + " is not in the release-tracking files");
            Assert.Equal(rule.Category, row.Category);
            Assert.Equal(rule.DefaultSeverity.ToString(), row.Severity);
            Assert.Equal(rule.Title, row.Notes);
        }
    }

    [Fact]
    public void Every_rule_the_analyzers_report_is_listed()
    {
        var listed = ListedRules();

        foreach (var id in Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct())
        {
            Assert.True(listed.ContainsKey(id), id + " is not in the release-tracking files");
        }
    }

    [Fact]
    public void Only_rules_of_the_catalog_are_listed_and_each_once()
    {
        var rows = Rows("AnalyzerReleases.Shipped.md").Concat(Rows("AnalyzerReleases.Unshipped.md")).ToList();

        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.All(rows, r => Assert.True(RuleCatalog.Contains(r.Id), r.Id + " is not a rule of the catalog"));
    }

    [Fact]
    public void Both_files_start_with_the_header_the_release_tracking_analyzer_expects()
    {
        Assert.StartsWith("; Shipped analyzer releases", Read("AnalyzerReleases.Shipped.md"), StringComparison.Ordinal);
        Assert.StartsWith("; Unshipped analyzer release", Read("AnalyzerReleases.Unshipped.md"),
            StringComparison.Ordinal);
    }

    private static Dictionary<string, Row> ListedRules() =>
        Rows("AnalyzerReleases.Shipped.md").Concat(Rows("AnalyzerReleases.Unshipped.md"))
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => g.Last());

    /// <summary>The table rows of one file: <c>Rule ID | Category | Severity | Notes</c>.</summary>
    private static IEnumerable<Row> Rows(string file)
    {
        foreach (var line in Read(file).Split('\n'))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length == 4 && cells[0].StartsWith("RCA", StringComparison.Ordinal))
            {
                yield return new Row(cells[0], cells[1], cells[2], cells[3]);
            }
        }
    }

    private static string Read(string file) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "RegistryConfigAnalyzers.Analyzers", file))
            .Replace("\r\n", "\n");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RegistryConfigAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private sealed record Row(string Id, string Category, string Severity, string Notes);
}
