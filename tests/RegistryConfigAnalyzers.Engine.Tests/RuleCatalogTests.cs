using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.Engine.Tests;

public sealed class RuleCatalogTests
{
    private static readonly string[] ConstantIds = typeof(RuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_rule_id_constant_has_a_descriptor_and_every_descriptor_a_constant()
    {
        Assert.Equal(ConstantIds.OrderBy(i => i), RuleCatalog.All.Select(r => r.Id).OrderBy(i => i));
    }

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        Assert.Equal(ConstantIds.Length, ConstantIds.Distinct().Count());
        Assert.All(ConstantIds, id => Assert.Matches(new Regex(@"^RCA\d{4}$"), id));
    }

    [Fact]
    public void Every_descriptor_has_a_title_a_description_and_a_help_page()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.False(string.IsNullOrWhiteSpace(rule.Description));
            Assert.EndsWith("/docs/rules/" + rule.Id + ".md", rule.HelpUri);
            Assert.Same(rule, RuleCatalog.Get(rule.Id));
        });
    }

    [Fact]
    public void Every_rule_the_engine_reports_from_configs_has_its_own_test_class()
    {
        // RCA05xx are rules of C# code, tested with the analyzers; RCA06xx of deployment files,
        // tested with the deployment readers.
        var tested = typeof(RuleCatalogTests).Assembly.GetTypes()
            .Select(t => t.Name)
            .Where(n => n.StartsWith("RCA", StringComparison.Ordinal) && n.EndsWith("Tests", StringComparison.Ordinal))
            .Select(n => n.Substring(0, 7))
            .ToHashSet();

        var untested = RuleCatalog.All.Select(r => r.Id).Where(id => !id.StartsWith("RCA05", StringComparison.Ordinal) && !id.StartsWith("RCA06", StringComparison.Ordinal))
            .Where(id => !tested.Contains(id));

        Assert.Empty(untested);
    }

    [Fact]
    public void The_rules_of_an_open_or_unstartable_registry_are_errors()
    {
        var errors = new[]
        {
            RuleIds.AnonymousAccess, RuleIds.SillyAuth, RuleIds.AnonymousDelete, RuleIds.ProxyCredentialsWithoutAuth,
            RuleIds.InvalidYaml, RuleIds.UnsupportedVersion, RuleIds.StorageDriverCount, RuleIds.AuthProviderCount,
            RuleIds.AuthOptionMissing, RuleIds.InvalidValueType, RuleIds.KeyOfOtherVersion, RuleIds.InvalidSection,
            RuleIds.InvalidTls, RuleIds.DebugServerLeaksRedisPassword,
        };

        Assert.All(errors, id => Assert.Equal(FindingSeverity.Error, RuleCatalog.Get(id).DefaultSeverity));
    }
}
