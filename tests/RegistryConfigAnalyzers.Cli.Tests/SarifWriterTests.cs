using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Reporting;
using Xunit;

namespace RegistryConfigAnalyzers.Cli.Tests;

public sealed class SarifWriterTests
{
    private const string HtpasswdWithoutTls = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        auth:
          [|htpasswd|]:
            realm: basic
            path: /auth/htpasswd
        """;

    private const string SuppressedHtpasswdWithoutTls = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        auth:
          # registry-config: disable-next-line RCA0200 -- TLS ends at the ingress
          htpasswd:
            realm: basic
            path: /auth/htpasswd
        """;

    private const string SillyAuth = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        auth:
          silly:
            realm: x
            service: y
        """;

    // Variables that add a second auth provider to SillyAuth, which the engine relates to the file's provider.
    private static readonly string[] SecondProvider = { "REGISTRY_AUTH_HTPASSWD_REALM", "REGISTRY_AUTH_HTPASSWD_PATH" };

    private static readonly string Base = Path.Combine(Path.GetTempPath(), "rcl-sarif-base");

    [Fact]
    public void A_log_of_every_kind_of_location_is_valid_against_the_official_schema()
    {
        var findings = new List<(Finding, bool)>();
        findings.AddRange(Analyze("deploy/registry.yml", Marked.Parse(HtpasswdWithoutTls).Text));
        findings.AddRange(Analyze("deploy/suppressed.yml", SuppressedHtpasswdWithoutTls));
        findings.AddRange(AnalyzeWithEnv("silly.yml", SillyAuth, SecondProvider));
        findings.AddRange(AnalyzeImage("REGISTRY_AUTH"));
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "x.yml");
        findings.Add((Make("RCA0300", FindingSeverity.Info, "outside", outside), false));
        findings.Add((Make("RCA0300", FindingSeverity.Warning, "spaces", "my configs/reg#1.yml"), false));

        var sarif = Write(findings);

        Assert.Empty(SarifSchema.Errors(sarif));
        Assert.True(Results(sarif).Count >= 7, sarif);
    }

    [Fact]
    public void A_log_without_findings_is_valid_and_has_an_empty_result_list()
    {
        var sarif = Write(Array.Empty<(Finding, bool)>());

        Assert.Empty(SarifSchema.Errors(sarif));
        Assert.Empty(Results(sarif));
    }

    [Theory]
    [InlineData("level", "fatal")]
    [InlineData("startLine", 0)]
    [InlineData("version", "2.0.0")]
    [InlineData("message", null)]
    [InlineData("region", null)]
    [InlineData("suppressionKind", "inline")]
    [InlineData("unknownProperty", "x")]
    public void The_schema_check_rejects_a_log_that_breaks_the_schema(string property, object? value)
    {
        var log = JsonNode.Parse(Write(Analyze("registry.yml", SuppressedHtpasswdWithoutTls)))!;
        var result = log["runs"]![0]!["results"]!.AsArray().Single(r => r!["suppressions"] is not null)!;
        switch (property)
        {
            case "region":
                // SARIF needs a start line or an offset in every region.
                var region = result["locations"]![0]!["physicalLocation"]!["region"]!.AsObject();
                region.Remove("startLine");
                break;
            case "suppressionKind":
                result["suppressions"]![0]!["kind"] = (string)value!;
                break;
            case "unknownProperty":
                result["ruleSeverity"] = (string)value!;
                break;
            case "version":
                log["version"] = (string)value!;
                break;
            case "startLine":
                result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = (int)value!;
                break;
            case "message":
                result.AsObject().Remove("message");
                break;
            default:
                result[property] = (string)value!;
                break;
        }

        Assert.NotEmpty(SarifSchema.Errors(log.ToJsonString()));
    }

    [Fact]
    public void The_driver_names_the_tool_its_version_and_where_to_read_about_it()
    {
        var driver = Driver(Write(Array.Empty<(Finding, bool)>()));
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!
            .InformationalVersion.Split('+')[0];

        Assert.Equal("RegistryConfigAnalyzers", driver.GetProperty("name").GetString());
        Assert.Equal(version, driver.GetProperty("version").GetString());
        Assert.Equal("https://github.com/RegistryConfigAnalyzers/RegistryConfigAnalyzers",
            driver.GetProperty("informationUri").GetString());
    }

    [Fact]
    public void The_driver_lists_every_rule_of_the_catalog_with_its_metadata_in_catalog_order()
    {
        var rules = Driver(Write(Array.Empty<(Finding, bool)>())).GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, json) in RuleCatalog.All.Zip(rules))
        {
            Assert.Equal(rule.Title, json.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(rule.Description, json.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(rule.HelpUri, json.GetProperty("helpUri").GetString());
            Assert.Equal(Level(rule.DefaultSeverity),
                json.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        }
    }

    [Fact]
    public void A_rule_is_named_after_its_constant_in_RuleIds()
    {
        var rules = Driver(Write(Array.Empty<(Finding, bool)>())).GetProperty("rules").EnumerateArray();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == RuleIds.BasicAuthWithoutTls);

        Assert.Equal(nameof(RuleIds.BasicAuthWithoutTls), rule.GetProperty("name").GetString());
    }

    [Fact]
    public void A_result_has_its_rule_level_message_and_the_index_of_its_rule()
    {
        var findings = Analyze("registry.yml", Marked.Parse(HtpasswdWithoutTls).Text).ToList();
        var sarif = Write(findings);
        var result = Results(sarif).Single();
        var rules = Driver(sarif).GetProperty("rules");

        Assert.Equal("RCA0200", result.GetProperty("ruleId").GetString());
        Assert.Equal("RCA0200", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Equal(findings[0].Item1.Message, result.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void A_result_region_is_exactly_the_span_of_the_finding()
    {
        var config = Marked.Parse(HtpasswdWithoutTls);

        var region = Region(Results(Write(Analyze("registry.yml", config.Text))).Single());

        Assert.Equal(config.StartLine, region.GetProperty("startLine").GetInt32());
        Assert.Equal(config.StartColumn, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(config.EndLine, region.GetProperty("endLine").GetInt32());
        Assert.Equal(config.EndColumn, region.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void A_file_below_the_base_directory_has_a_relative_uri_on_the_source_root()
    {
        var sarif = Write(Analyze(Path.Combine("deploy", "registry.yml"), Marked.Parse(HtpasswdWithoutTls).Text));
        var artifact = Artifact(Results(sarif).Single());
        var root = Run(sarif).GetProperty("originalUriBaseIds").GetProperty(SarifWriter.SourceRootBaseId);

        Assert.Equal("deploy/registry.yml", artifact.GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
        Assert.Equal(new Uri(Base + Path.DirectorySeparatorChar).AbsoluteUri, root.GetProperty("uri").GetString());
    }

    [Fact]
    public void A_file_given_by_its_full_path_below_the_base_directory_is_relative_too()
    {
        var finding = Make("RCA0300", FindingSeverity.Warning, "m", Path.Combine(Base, "a", "b.yml"));

        var artifact = Artifact(Results(Write(new[] { (finding, false) })).Single());

        Assert.Equal("a/b.yml", artifact.GetProperty("uri").GetString());
    }

    [Fact]
    public void A_file_outside_the_base_directory_has_an_absolute_file_uri_and_no_base()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "registry.yml");
        var finding = Make("RCA0300", FindingSeverity.Warning, "m", outside);

        var artifact = Artifact(Results(Write(new[] { (finding, false) })).Single());

        Assert.Equal(new Uri(outside).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void Characters_that_a_uri_cannot_hold_are_percent_encoded()
    {
        var finding = Make("RCA0300", FindingSeverity.Warning, "m", "my configs/reg#1:é.yml");

        var artifact = Artifact(Results(Write(new[] { (finding, false) })).Single());

        Assert.Equal("my%20configs/reg%231%3A%C3%A9.yml", artifact.GetProperty("uri").GetString());
    }

    [Fact]
    public void A_finding_of_the_images_own_config_has_a_logical_location_and_no_file()
    {
        var sarif = Write(AnalyzeImage());
        var location = Results(sarif).First().GetProperty("locations")[0];

        Assert.False(location.TryGetProperty("physicalLocation", out _));
        Assert.Equal("image:registry:3",
            location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void A_suppressed_finding_is_written_with_an_in_source_suppression()
    {
        var findings = Analyze("registry.yml", SuppressedHtpasswdWithoutTls).ToList();

        var results = Results(Write(findings));

        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("RCA0200", suppressed.GetProperty("ruleId").GetString());
        Assert.Equal("inSource", suppressed.GetProperty("suppressions")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_reported_finding_has_no_suppressions()
    {
        var result = Results(Write(Analyze("registry.yml", Marked.Parse(HtpasswdWithoutTls).Text))).Single();

        Assert.False(result.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Related_spans_become_related_locations_with_their_own_ids()
    {
        var findings = AnalyzeWithEnv("silly.yml", SillyAuth, SecondProvider)
            .ToList();
        var finding = findings.Select(f => f.Item1).Single(f => f.RelatedSpans.Count > 0);

        var result = Results(Write(findings)).Single(r => r.GetProperty("ruleId").GetString() == finding.RuleId);

        var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
        Assert.Equal(finding.RelatedSpans.Count, related.Count);
        Assert.Equal(Enumerable.Range(1, related.Count), related.Select(r => r.GetProperty("id").GetInt32()));
        var region = related[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(finding.RelatedSpans[0].Start.Line, region.GetProperty("startLine").GetInt32());
        Assert.Equal(finding.RelatedSpans[0].Start.Column, region.GetProperty("startColumn").GetInt32());
    }

    [Theory]
    [InlineData(FindingSeverity.Error, "error")]
    [InlineData(FindingSeverity.Warning, "warning")]
    [InlineData(FindingSeverity.Info, "note")]
    public void A_finding_severity_maps_to_the_sarif_level(FindingSeverity severity, string level)
    {
        var result = Results(Write(new[] { (Make("RCA0901", severity, "m", "a.yml"), false) })).Single();

        Assert.Equal(level, result.GetProperty("level").GetString());
    }

    [Fact]
    public void Quotes_backslashes_control_characters_and_astral_characters_survive_in_messages()
    {
        const string message = "a \"quoted\" \\path\\ with\ttab\nnewline \u0001 \u2028 é 𝄞 end";

        var sarif = Write(new[] { (Make("RCA0300", FindingSeverity.Warning, message, "a.yml"), false) });

        Assert.Empty(SarifSchema.Errors(sarif));
        Assert.Equal(message, Results(sarif).Single().GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void A_lone_surrogate_in_a_message_is_replaced_so_the_log_stays_readable()
    {
        var sarif = Write(new[] { (Make("RCA0300", FindingSeverity.Warning, "x\ud800y", "a.yml"), false) });

        Assert.Equal("x\ufffdy", Results(sarif).Single().GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void An_inverted_span_still_gives_a_region_the_schema_accepts()
    {
        var span = new SourceSpan("a.yml", new SourcePosition(3, 5, 20), new SourcePosition(2, 1, 10));
        var finding = new Finding("RCA0300", FindingSeverity.Warning, "m", span);

        var sarif = Write(new[] { (finding, false) });

        Assert.Empty(SarifSchema.Errors(sarif));
        var region = Region(Results(sarif).Single());
        Assert.Equal(3, region.GetProperty("endLine").GetInt32());
        Assert.Equal(5, region.GetProperty("endColumn").GetInt32());
    }

    private static IEnumerable<(Finding, bool)> Analyze(string source, string text)
    {
        var result = RegistryConfigEngine.AnalyzeConfig(new ConfigInput(source, text), new AnalysisOptions());
        return result.Findings.Select(f => (f, false)).Concat(result.Suppressed.Select(f => (f, true)));
    }

    private static IEnumerable<(Finding, bool)> AnalyzeWithEnv(string source, string text, params string[] names)
    {
        var env = names.Select((n, i) => new EnvironmentVariable(n, "x", new SourceSpan("registry.env",
            new SourcePosition(i + 1, 1, 0), new SourcePosition(i + 1, n.Length + 3, 0)))).ToList();
        var result = RegistryConfigEngine.AnalyzeEffective(new ConfigInput(source, text), env, new AnalysisOptions());
        return result.Findings.Select(f => (f, false));
    }

    private static IEnumerable<(Finding, bool)> AnalyzeImage(params string[] clearedNames)
    {
        var env = clearedNames.Select(n => new EnvironmentVariable(n, string.Empty)).ToList();
        return RegistryConfigEngine.AnalyzeEffective(null, env, new AnalysisOptions()).Findings.Select(f => (f, false));
    }

    private static Finding Make(string id, FindingSeverity severity, string message, string source) =>
        new(id, severity, message, new SourceSpan(source, new SourcePosition(1, 1, 0), new SourcePosition(1, 4, 3)));

    private static string Write(IEnumerable<(Finding, bool)> findings)
    {
        var writer = new StringWriter();
        SarifWriter.Write(writer, findings, Base);
        return writer.ToString();
    }

    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static JsonElement Driver(string sarif) => Run(sarif).GetProperty("tool").GetProperty("driver");

    private static List<JsonElement> Results(string sarif) =>
        Run(sarif).GetProperty("results").EnumerateArray().ToList();

    private static JsonElement Artifact(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

    private static JsonElement Region(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };
}
