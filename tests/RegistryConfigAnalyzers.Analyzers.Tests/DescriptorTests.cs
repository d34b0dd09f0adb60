using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Analyzers.Tests;

public class DescriptorTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    {
        new RegistryContainerAnalyzer(), new RegistryConfigLiteralAnalyzer(), new PortOnAllInterfacesAnalyzer(),
        new HardCodedSecretAnalyzer(), new DebugPortPublishedAnalyzer(), new DroppedBuilderResultAnalyzer(),
    };

    [Fact]
    public void Engine_rules_keep_the_catalog_s_id_title_category_and_severity()
    {
        var reported = Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());

        foreach (var rule in RuleCatalog.All)
        {
            var descriptor = reported[rule.Id];
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
            Assert.Equal("{0}", descriptor.MessageFormat.ToString());
            Assert.Equal(Severity(rule.DefaultSeverity), descriptor.DefaultSeverity);
        }
    }

    [Fact]
    public void Every_code_only_rule_has_its_documentation_page()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs", "rules");

        foreach (var descriptor in Analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.Id.StartsWith("RCA05")).Distinct())
        {
            Assert.Equal(RuleCatalog.HelpUriBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(docs, descriptor.Id + ".md")), descriptor.Id + " has no page");
        }
    }

    private static DiagnosticSeverity Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => DiagnosticSeverity.Error,
        FindingSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RegistryConfigAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
