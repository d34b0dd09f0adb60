using System;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Deployments;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

public sealed class RuleDocumentationTests
{
    public static TheoryData<string> Ids => new(DeploymentRules.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_deployment_rule_has_a_page_whose_heading_is_its_id_and_title(string id)
    {
        var rule = DeploymentRules.Get(id);
        var page = Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page docs/rules/{id}.md");
        Assert.Equal($"# {id}: {rule.Title}", File.ReadLines(page).First());
        Assert.EndsWith("/docs/rules/" + id + ".md", rule.HelpUri);
    }

    [Fact]
    public void Deployment_rule_ids_are_in_their_own_range_and_unique()
    {
        var ids = DeploymentRules.All.Select(r => r.Id).ToList();

        Assert.All(ids, id => Assert.Matches("^RCA06[0-9][0-9]$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
