using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Deployments;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>
/// The limits of the deployment readers: a file or workload over one gets an RCA0900 finding, and
/// the other files and workloads of the same analysis are still judged.
/// </summary>
public sealed class RCA0900AnalysisLimitTests
{
    private const string Compose = "deploy/docker-compose.yml";
    private const string Other = "other/docker-compose.yml";
    private const string Manifest = "k8s/registry.yaml";

    // An open registry on every interface: judged, it always raises RCA0602. The comment makes it
    // longer than the image's own config, which the same size limit applies to.
    private static readonly string OpenCompose = "# " + new string('-', 400) + "\n" + """
        services:
          registry:
            image: registry:2
            ports:
              - "5000:5000"
        """;

    [Fact]
    public void A_compose_file_of_exactly_the_size_limit_is_judged()
    {
        var result = Analyze(new AnalysisOptions { MaxCharacters = OpenCompose.Length }, (Compose, OpenCompose));

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.OpenRegistryPublished);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
    }

    [Fact]
    public void A_compose_file_one_character_over_the_size_limit_is_reported_and_the_other_file_judged()
    {
        var longer = OpenCompose + "\n";

        var result = Analyze(new AnalysisOptions { MaxCharacters = OpenCompose.Length },
            (Compose, longer), (Other, OpenCompose));

        var limit = Assert.Single(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.Equal((Compose, 1, 1), (limit.Span.Source, limit.Span.Start.Line, limit.Span.Start.Column));
        Assert.Equal($"The file has {longer.Length} characters, over the limit of {OpenCompose.Length}; it was not checked",
            limit.Message);
        Assert.Equal(new[] { Other },
            result.Findings.Where(f => f.RuleId == RuleIds.OpenRegistryPublished).Select(f => f.Span.Source));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_mounted_config_over_the_size_limit_is_reported_on_itself(int over)
    {
        const string Head = "version: 0.1\nstorage:\n  inmemory:\n# ";
        var config = Head + new string('x', 4 * 1024 * 1024 - Head.Length - 1 + over) + "\n";

        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    volumes:
                      - ./config.yml:/etc/docker/registry/config.yml
                """)
            .ProjectFile("deploy/config.yml", config)
            .Run();

        var limits = result.Findings.Where(f => f.RuleId == RuleIds.AnalysisLimit).ToList();
        if (over == 0)
        {
            Assert.Empty(limits);
            Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess && f.Span.Source == "deploy/config.yml");
            return;
        }

        var limit = Assert.Single(limits);
        Assert.Equal(("deploy/config.yml", 1, 1), (limit.Span.Source, limit.Span.Start.Line, limit.Span.Start.Column));
        Assert.Equal($"The file has {config.Length:N0} characters, over the limit of {4 * 1024 * 1024:N0}; " +
            "it was not checked", limit.Message);
    }

    [Fact]
    public void Merges_of_merges_are_walked_once_each_however_often_they_are_merged()
    {
        // Ten merges of the level below, eight levels deep: 10^8 entries if each merge were walked anew.
        var text = new StringBuilder("x-m0: &m0 {REGISTRY_STORAGE_DELETE_ENABLED: \"true\"}\n");
        for (var level = 1; level <= 8; level++)
        {
            var sources = string.Join(", ", Enumerable.Repeat($"*m{level - 1}", 10));
            text.Append($"x-m{level}: &m{level}\n  <<: [{sources}]\n  K{level}: v\n");
        }

        text.Append("services:\n  registry:\n    image: registry:2\n    environment:\n      <<: *m8\n");
        var clock = Stopwatch.StartNew();

        var result = Analyze(new AnalysisOptions(), (Compose, text.ToString()));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousDelete);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
    }

    [Fact]
    public void One_mapping_merged_into_thousands_of_services_stops_at_the_work_limit_with_a_finding()
    {
        // Every lookup on every service walks the 2,000 merged keys: millions of steps from 60 KB.
        var text = new StringBuilder("x-big: &big\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append($"  k{i}: v\n");
        }

        text.Append("services:\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append($"  s{i}: {{<<: *big}}\n");
        }

        var clock = Stopwatch.StartNew();

        var result = Analyze(new AnalysisOptions(), (Compose, text.ToString()), (Other, OpenCompose));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        var limit = Assert.Single(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.Equal(Compose, limit.Span.Source);
        Assert.Equal("Reading this needs more than 1,000,000 entries brought in by `<<` merge keys; " +
            "it was not checked completely", limit.Message);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.OpenRegistryPublished && f.Span.Source == Other);
    }

    [Fact]
    public void Merges_well_within_the_work_limit_are_followed()
    {
        var result = new Scenario().File(Compose, """
            x-common: &common
              REGISTRY_STORAGE_DELETE_ENABLED: "true"
            x-more: &more
              <<: [*common, *common]
            services:
              registry:
                image: registry:2
                environment:
                  <<: *more
            """).Run();

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousDelete);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
    }

    [Fact]
    public void Variable_expansion_of_exactly_the_limit_is_judged()
    {
        var (text, produced) = ThreeCopies(1000);

        var result = Analyze(new AnalysisOptions { MaxCharacters = produced }, (Manifest, text));

        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.Equal(2, result.Registries.Count);
    }

    [Fact]
    public void Variable_expansion_one_character_over_the_limit_is_reported_and_the_other_workload_judged()
    {
        var (text, produced) = ThreeCopies(1000);

        var result = Analyze(new AnalysisOptions { MaxCharacters = produced - 1 }, (Manifest, text));

        var limit = Assert.Single(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.Equal($"The variables of Deployment `expands` expand (`$(NAME)`) to more than {produced - 1:N0} " +
            "characters; it was not checked", limit.Message);
        Assert.Equal("container `registry` of Deployment `plain`", Assert.Single(result.Registries).Name);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousDelete);
    }

    [Fact]
    public void Variables_that_double_each_other_stop_at_the_limit_instead_of_filling_memory()
    {
        // Forty doublings would be 2^40 characters.
        var env = new StringBuilder("            - {name: V0, value: xxxxxxxxxxxxxxxx}\n");
        for (var i = 1; i <= 40; i++)
        {
            env.Append($"            - {{name: V{i}, value: \"$(V{i - 1})$(V{i - 1})\"}}\n");
        }

        var result = Analyze(new AnalysisOptions(), (Manifest, Workload("expands", env.ToString())));

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit && f.Message.Contains("expand"));
    }

    /// <summary>
    /// A manifest with two Deployments: one whose variable names another, 1,000-character one three
    /// times, and one with deletes on. Returns it with the characters its expansion produces.
    /// </summary>
    private static (string Text, int Produced) ThreeCopies(int length)
    {
        var env = $"            - {{name: BASE, value: {new string('x', length)}}}\n" +
            "            - {name: THREE, value: \"$(BASE)$(BASE)$(BASE)\"}\n";
        var deletes = "            - {name: REGISTRY_STORAGE_DELETE_ENABLED, value: \"true\"}\n";
        return (Workload("expands", env) + "---\n" + Workload("plain", deletes), 3 * length);
    }

    private static string Workload(string name, string env) => $"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {name}
        spec:
          template:
            spec:
              containers:
                - name: registry
                  image: registry:2
                  env:

        """ + env;

    private static DeploymentResult Analyze(AnalysisOptions options, params (string Path, string Text)[] files) =>
        DeploymentAnalyzer.Analyze(files.Select(f => new DeploymentFile(f.Path, f.Text)).ToList(),
            _ => null, options);
}
