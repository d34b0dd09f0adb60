using System;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

public sealed class RuleDocumentationTests
{
    public static TheoryData<string> Ids => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_page_whose_heading_is_its_id_and_title(string id)
    {
        var rule = RuleCatalog.Get(id);
        var page = Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page docs/rules/{id}.md");
        Assert.Equal($"# {id}: {rule.Title}", File.ReadLines(page).First());
        Assert.EndsWith("/docs/rules/" + id + ".md", rule.HelpUri);
    }

    [Fact]
    public void Deployment_rule_ids_are_in_their_own_range_and_unique()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).Where(id => id.StartsWith("RCA06", StringComparison.Ordinal)).ToList();

        Assert.Equal(7, ids.Count);
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
    }
}
