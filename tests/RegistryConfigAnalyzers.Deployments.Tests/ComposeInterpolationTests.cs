using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>
/// Compose fills in <c>${VAR}</c>, <c>${VAR-default}</c> and <c>${VAR:-default}</c> from the shell
/// that runs it, which the files do not show: such a value is not known, even with a default.
/// </summary>
public sealed class ComposeInterpolationTests
{
    private const string Compose = "docker-compose.yml";

    [Theory]
    [InlineData("${DELETES}")]
    [InlineData("${DELETES-true}")]
    [InlineData("${DELETES:-true}")]
    public void A_config_content_with_a_variable_is_not_judged(string value)
    {
        var scenario = new Scenario().File(Compose, $$"""
            services:
              registry:
                image: registry:2
                configs:
                  - [|source: registry
                    target: /etc/docker/registry/config.yml|]
            configs:
              registry:
                content: |
                  version: 0.1
                  storage:
                    filesystem:
                      rootdirectory: /var/lib/registry
                    delete:
                      enabled: {{value}}
            """);

        var result = scenario.Run();

        Assert.Null(Expect.Single(result).Verdict);
        Expect.Finding(result, RuleIds.NotFullyJudged, scenario.Mark(Compose));
    }

    [Fact]
    public void A_variable_with_a_default_in_the_environment_has_no_known_value()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  REGISTRY_STORAGE_DELETE_ENABLED: ${DELETES:-true}
            """).Run();

        var variable = Expect.Single(result).Environment.Single(e => e.Name == "REGISTRY_STORAGE_DELETE_ENABLED");
        Assert.Null(variable.Value);
    }

    [Fact]
    public void A_command_with_a_variable_with_a_default_is_not_judged()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                command: ["${CONFIG:-/etc/docker/registry/config.yml}"]
            """).Run();

        Assert.Null(Expect.Single(result).Verdict);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.NotFullyJudged);
    }
}
