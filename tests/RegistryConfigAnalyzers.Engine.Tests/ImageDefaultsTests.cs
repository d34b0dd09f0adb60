using System;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>With no config file of its own, a container runs the config baked into its image.</summary>
public sealed class ImageDefaultsTests
{
    [Fact]
    public void The_registry_3_image_is_open_to_anyone_and_located_in_the_image()
    {
        var result = Image(RegistryVersion.V3).Analyze();

        var text = ImageDefaults.ConfigText(RegistryVersion.V3);
        var source = ImageDefaults.SourceName(RegistryVersion.V3);
        Assert.Equal("image:registry:3", source);
        AssertAt(result, RuleIds.AnonymousAccess, source, text, "version", "version");
        AssertAt(result, RuleIds.AnonymousDelete, source, text, "enabled: true", "true");
        AssertAt(result, RuleIds.DebugServerExposed, source, text, "addr: :5001", ":5001");
    }

    [Fact]
    public void The_registry_3_image_verdict_is_anonymous_push_pull_and_delete()
    {
        var verdict = Image(RegistryVersion.V3).Analyze().Verdict;

        Assert.True(verdict.Starts);
        Assert.True(verdict.AnonymousPull);
        Assert.True(verdict.AnyHeaderAccepted);
        Assert.True(verdict.DeletesEnabled);
        Assert.Equal("none", verdict.AuthProvider);
    }

    [Fact]
    public void The_registry_2_image_has_anonymous_access_as_its_only_security_error()
    {
        var result = Image(RegistryVersion.V2).Analyze();

        var errors = result.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        var error = Assert.Single(errors);
        var text = ImageDefaults.ConfigText(RegistryVersion.V2);
        AssertAt(result, RuleIds.AnonymousAccess, "image:registry:2", text, "version", "version");
        Assert.Same(error, result.Findings.Single(f => f.RuleId == RuleIds.AnonymousAccess));
        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void Htpasswd_from_the_environment_closes_the_registry_3_image_but_leaves_its_debug_server()
    {
        var result = Image(RegistryVersion.V3).WithEnvironment("""
            REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
            REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd
            """).Analyze();

        Assert.False(result.Verdict.AnonymousPull);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is RuleIds.AnonymousAccess or RuleIds.AnonymousDelete);
        var text = ImageDefaults.ConfigText(RegistryVersion.V3);
        AssertAt(result, RuleIds.DebugServerExposed, "image:registry:3", text, "addr: :5001", ":5001");
    }

    [Fact]
    public void Deletes_switched_off_by_the_environment_clear_the_registry_3_delete_finding()
    {
        var result = Image(RegistryVersion.V3).WithEnvironment("""
            REGISTRY_STORAGE_DELETE_ENABLED=false
            """).DoesNotReport(RuleIds.AnonymousDelete);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void The_debug_server_moved_to_loopback_by_the_environment_is_not_exposed()
    {
        Image(RegistryVersion.V3).WithEnvironment("""
            REGISTRY_HTTP_DEBUG_ADDR=127.0.0.1:5001
            """).DoesNotReport(RuleIds.DebugServerExposed);
    }

    [Theory]
    [InlineData(RegistryVersion.V2, "/etc/docker/registry/config.yml")]
    [InlineData(RegistryVersion.V3, "/etc/distribution/config.yml")]
    public void Each_image_reads_its_config_from_its_own_path(RegistryVersion version, string path)
    {
        Assert.Equal(path, ImageDefaults.ConfigPath(version));
    }

    /// <summary>The one finding of the rule covers <paramref name="marked"/> in <paramref name="context"/>.</summary>
    private static void AssertAt(
        AnalysisResult result, string ruleId, string source, string text, string context, string marked)
    {
        var start = text.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(marked, StringComparison.Ordinal);
        var expected = MarkedText.SpanOf(source, text, start, start + marked.Length);
        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId);
        Assert.Equal(Describe(ruleId, expected), Describe(ruleId, finding.Span));
    }
}
