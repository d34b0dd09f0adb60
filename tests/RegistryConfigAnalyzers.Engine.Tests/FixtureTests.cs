using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>
/// Configs shaped like the ones real projects keep (placeholders, templates, CRLF, odd indentation,
/// manifests that embed a config): every one is read without an exception, and the verdict
/// matches what the registry does with it.
/// </summary>
public sealed class FixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static IEnumerable<object[]> Fixtures() =>
        Directory.GetFiles(Folder, "*.yml").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void There_are_fixtures_to_read()
    {
        Assert.True(Fixtures().Count() >= 20);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_is_read_on_both_versions_with_findings_inside_the_file(string name)
    {
        var text = Read(name);
        var lines = text.Split('\n').Length;

        foreach (var version in new[] { RegistryVersion.V2, RegistryVersion.V3 })
        {
            var result = Config(text).On(version).Analyze();

            Assert.NotEmpty(result.Findings);
            foreach (var finding in result.Findings)
            {
                Assert.Equal(ConfigSource, finding.Span.Source);
                Assert.InRange(finding.Span.Start.Line, 1, lines);
                Assert.InRange(finding.Span.Start.Offset, 0, text.Length);
                Assert.InRange(finding.Span.End.Offset, finding.Span.Start.Offset, text.Length);
                Assert.False(string.IsNullOrWhiteSpace(finding.Message));
            }
        }

        RegistryConfigEngine.LooksLikeRegistryConfig(text);
    }

    [Theory]
    [InlineData("anchor-reused-in-middleware.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("bom-flow-silly.yml", RegistryVersion.V2, "yes no yes yes")]
    [InlineData("cache-only-crlf-no-final-newline.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("ciphersuites-as-one-string.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("configmap-embedding-a-config.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("cors-credentials-with-tag-section.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("cors-credentials-with-tag-section.yml", RegistryVersion.V3, "yes yes yes yes")]
    [InlineData("erb-json-sections.yml", RegistryVersion.V3, "- - - -")]
    [InlineData("gcs-sed-placeholders.yml", RegistryVersion.V3, "no - - -")]
    [InlineData("go-template-token.yml", RegistryVersion.V3, "- - - -")]
    [InlineData("header-value-not-a-list.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("helm-values-config-data.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("htpasswd-at-top-level.yml", RegistryVersion.V2, "yes yes yes yes")]
    [InlineData("indented-whole-document.yml", RegistryVersion.V2, "yes no no no")]
    [InlineData("mirror-ttl-no-log.yml", RegistryVersion.V3, "yes yes yes no")]
    [InlineData("mirror-with-upstream-login.yml", RegistryVersion.V2, "yes yes yes no")]
    [InlineData("open-default-with-deletes.yml", RegistryVersion.V2, "yes yes yes yes")]
    [InlineData("portus-settings-not-a-registry-config.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("s3-minio-duplicate-secure-mixed-indent.yml", RegistryVersion.V2, "no - - -")]
    [InlineData("s3-minio-duplicate-secure-mixed-indent.yml", RegistryVersion.V3, "yes yes yes no")]
    [InlineData("token-crlf-legacy-layerinfo.yml", RegistryVersion.V2, "yes no no yes")]
    [InlineData("whitespace-line-custom-driver.yml", RegistryVersion.V2, "no - - -")]
    public void The_fixture_s_verdict_is_what_the_registry_does(string name, RegistryVersion version, string expected)
    {
        var verdict = Config(Read(name)).On(version).Analyze().Verdict;

        // Starts, anonymous pull, any header accepted, deletes: yes, no, or - for cannot tell.
        var actual = string.Join(" ", new[] { verdict.Starts, verdict.AnonymousPull, verdict.AnyHeaderAccepted,
            verdict.DeletesEnabled }.Select(b => b is null ? "-" : b.Value ? "yes" : "no"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("configmap-embedding-a-config.yml", false)]
    [InlineData("helm-values-config-data.yml", false)]
    [InlineData("portus-settings-not-a-registry-config.yml", false)]
    [InlineData("indented-whole-document.yml", true)]
    [InlineData("cache-only-crlf-no-final-newline.yml", true)]
    [InlineData("go-template-token.yml", true)]
    [InlineData("mirror-ttl-no-log.yml", true)]
    public void The_fixture_is_recognised_as_a_registry_config_or_not(string name, bool expected)
    {
        Assert.Equal(expected, RegistryConfigEngine.LooksLikeRegistryConfig(Read(name)));
    }

    [Fact]
    public void A_template_fixture_gets_only_the_template_finding()
    {
        var result = Config(Read("go-template-token.yml")).Analyze();

        Assert.Equal(RuleIds.Template, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void A_crlf_fixture_without_a_final_newline_is_located_on_its_lines()
    {
        var text = Read("cache-only-crlf-no-final-newline.yml");

        var result = Config(text).Analyze();

        var finding = result.Only(RuleIds.StorageDriverCount);
        Assert.Equal((5, 1), (finding.Span.Start.Line, finding.Span.Start.Column));
        var length = finding.Span.End.Offset - finding.Span.Start.Offset;
        Assert.Equal("storage", text.Substring(finding.Span.Start.Offset, length));
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
