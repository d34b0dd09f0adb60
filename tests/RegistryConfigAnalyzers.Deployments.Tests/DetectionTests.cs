using System.Linq;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Deployments;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>Which files are deployments, and what happens to those the checker cannot read.</summary>
public sealed class DetectionTests
{
    [Theory]
    [InlineData("services:\n  registry:\n    image: registry:2\n")]
    [InlineData("version: '2'\nservices:\n  web:\n    build: .\n")]
    [InlineData("registry:\n  image: registry:2\nfront:\n  build: ./nginx\n")]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n")]
    [InlineData("# comment\n---\napiVersion: v1\nkind: ConfigMap\n")]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n")]
    public void Compose_files_and_manifests_look_like_deployments(string text) =>
        Assert.True(DeploymentAnalyzer.LooksLikeDeployment(text));

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_ends_do_not_hide_a_deployment() =>
        Assert.True(DeploymentAnalyzer.LooksLikeDeployment("\uFEFFservices:\r\n  registry:\r\n    image: registry:2\r\n"));

    [Theory]
    [InlineData("version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n")]
    [InlineData("name: build\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n")]
    [InlineData("")]
    [InlineData("just: text\n")]
    public void Registry_configs_and_other_yaml_do_not(string text) =>
        Assert.False(DeploymentAnalyzer.LooksLikeDeployment(text));

    [Fact]
    public void A_compose_file_padded_to_exactly_8_MiB_still_looks_like_a_deployment() =>
        Assert.True(DeploymentAnalyzer.LooksLikeDeployment(PaddedCompose(8 * 1024 * 1024)));

    [Fact]
    public void A_text_one_character_over_8_MiB_is_not_taken_for_a_deployment() =>
        Assert.False(DeploymentAnalyzer.LooksLikeDeployment(PaddedCompose(8 * 1024 * 1024 + 1)));

    [Theory]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void Merges_are_followed_sixteen_levels_deep(int chain, bool followed)
    {
        // The environment merges m{chain}, which merges the one below, down to m0 that turns deletes on:
        // m0 is chain + 1 merges below the environment.
        var text = new System.Text.StringBuilder("x-m0: &m0 {REGISTRY_STORAGE_DELETE_ENABLED: \"true\"}\n");
        for (var level = 1; level <= chain; level++)
        {
            text.Append($"x-m{level}: &m{level} {{<<: *m{level - 1}}}\n");
        }

        text.Append($"services:\n  registry:\n    image: registry:2\n    environment: {{<<: *m{chain}}}\n");

        var result = new Scenario().File("docker-compose.yml", text.ToString()).Run();

        Assert.Equal(followed, result.Findings.Any(f => f.RuleId == RuleIds.AnonymousDelete));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
    }

    private static string PaddedCompose(int length)
    {
        const string Compose = "services:\n  registry:\n    image: registry:2\n# ";
        return Compose + new string('x', length - Compose.Length);
    }

    [Fact]
    public void A_Helm_template_of_a_registry_gets_one_informational_finding_and_no_verdict()
    {
        var scenario = new Scenario().File("chart/templates/deployment.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: [|{{|] .Release.Name }}
            spec:
              template:
                spec:
                  containers:
                    - name: registry
                      image: "registry:{{ .Values.tag }}"
                      env:
            {{- if .Values.auth }}
                        - name: REGISTRY_AUTH
                          value: htpasswd
            {{- end }}
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.Template, scenario.Mark("chart/templates/deployment.yaml"));
        Assert.Single(result.Findings);
        Assert.Empty(result.Registries);
    }

    [Fact]
    public void A_template_of_something_else_is_left_alone()
    {
        var result = new Scenario().File("chart/templates/web.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ .Release.Name }}-web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1
            """).Run();

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_mapping_merged_or_aliased_into_itself_ends_the_reading()
    {
        var result = new Scenario().File("docker-compose.yml", """
            x-loop: &loop
              <<: *loop
              self: *loop
            services:
              registry: &service
                <<: [*loop, *service]
                image: registry:2
                environment: *loop
            """).Run();

        Assert.Equal("service `registry`", Expect.Single(result).Name);
    }

    [Fact]
    public void A_List_that_holds_itself_ends_the_reading()
    {
        var result = new Scenario().File("k8s/list.yaml", """
            &list
            apiVersion: v1
            kind: List
            items:
              - *list
              - apiVersion: v1
                kind: Pod
                metadata:
                  name: registry
                spec:
                  containers:
                    - name: registry
                      image: registry:2
            """).Run();

        Assert.NotEmpty(result.Registries);
    }

    [Fact]
    public void A_deployment_that_is_not_valid_YAML_is_reported_as_not_judged()
    {
        var result = new Scenario().File("docker-compose.yml", """
            services:
              registry:
                image: registry:2
                environment:
                  - REGISTRY_AUTH=
                 bad: indentation
            """).Run();

        Assert.Equal("RCA0605", Assert.Single(result.Findings).RuleId);
        Assert.Empty(result.Registries);
    }
}
