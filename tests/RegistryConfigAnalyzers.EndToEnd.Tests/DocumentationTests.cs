using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>The README and the MSBuild files document what the package really has.</summary>
public sealed class DocumentationTests
{
    private static readonly string Root = PackedPackage.RepositoryRoot;

    [Fact]
    public void The_README_rule_table_lists_every_rule_with_its_severity_and_title_in_catalog_order()
    {
        var readme = File.ReadAllLines(Path.Combine(Root, "README.md"));
        var rows = readme.Where(line => line.StartsWith("| [RCA", StringComparison.Ordinal)).ToArray();

        var expected = RuleCatalog.All.Select(r => $"| [{r.Id}]({r.HelpUri}) | {r.DefaultSeverity} | {r.Title} |")
            .ToArray();
        Assert.True(expected.SequenceEqual(rows),
            "README.md's rule table should read:\n| Rule | Severity | Title |\n| --- | --- | --- |\n"
            + string.Join("\n", expected));
    }

    [Fact]
    public void Every_rule_page_the_README_links_to_exists()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.True(File.Exists(Path.Combine(Root, "docs", "rules", rule.Id + ".md")), rule.Id);
        }
    }

    [Fact]
    public void Every_public_property_and_target_is_named_for_the_product_commented_and_documented()
    {
        var configuration = File.ReadAllText(Path.Combine(Root, "docs", "configuration.md"));
        var files = Directory.GetFiles(Path.Combine(Root, "build"), "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".props" or ".targets");

        var publicNames = 0;
        foreach (var file in files)
        {
            var project = XDocument.Load(file, LoadOptions.None).Root!;
            var properties = project.Elements("PropertyGroup").Elements();
            var targets = project.Elements("Target");
            foreach (var element in properties.Concat(targets))
            {
                var name = element.Name.LocalName == "Target"
                    ? element.Attribute("Name")!.Value
                    : element.Name.LocalName;
                if (name.StartsWith("_", StringComparison.Ordinal))
                {
                    continue;
                }

                publicNames++;
                Assert.StartsWith("RegistryConfig", name);
                Assert.True(element.PreviousNode is XComment, $"{name} in {Path.GetFileName(file)} has no comment");
                Assert.Matches(new Regex($"`{name}`"), configuration);
            }
        }

        Assert.True(publicNames >= 5, "the build files should define the package's properties and target");
    }
}
