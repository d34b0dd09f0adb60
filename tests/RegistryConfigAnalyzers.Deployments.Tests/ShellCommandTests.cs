using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>
/// A <c>sh -c</c> command that starts the server: the config path is the word the shell hands it
/// (compose turns each <c>$$</c> into the <c>$</c> the shell sees).
/// </summary>
public sealed class ShellCommandTests
{
    private const string Compose = "docker-compose.yml";

    [Theory]
    [InlineData("exec registry serve \\\"$$CONFIG_FILE\\\"", "/etc/registry/config.yml")]
    [InlineData("registry serve $${CONFIG_FILE}", "/etc/registry/config.yml")]
    [InlineData("registry serve \\\"$${CONFIG_DIR}/config.yml\\\"", "/etc/registry/config.yml")]
    [InlineData("registry serve '$$CONFIG_FILE'", "/$CONFIG_FILE")]
    [InlineData("registry serve /etc/docker/registry/config.yml", "/etc/docker/registry/config.yml")]
    public void The_config_path_is_expanded_from_the_containers_variables(string script, string path)
    {
        var result = new Scenario().File(Compose, $$"""
            services:
              registry:
                image: registry:2
                entrypoint: ["/bin/sh", "-c", "{{script}}"]
                environment:
                  CONFIG_FILE: /etc/registry/config.yml
                  CONFIG_DIR: /etc/registry
            """).Run();

        Assert.Equal(path, Expect.Single(result).ConfigPath);
    }

    [Theory]
    [InlineData("registry serve \\\"$$UNSET_HERE\\\"")]
    [InlineData("registry serve \\\"$$FROM_SHELL\\\"")]
    [InlineData("registry serve \\\"$${CONFIG_FILE:-/etc/docker/registry/config.yml}\\\"")]
    [InlineData("registry serve \\\"$$(cat /path)\\\"")]
    [InlineData("registry serve $$SPACED")]
    [InlineData("cd /etc/registry && registry serve config.yml")]
    [InlineData("registry serve --help")]
    public void A_path_the_shell_makes_from_what_is_not_known_is_not_judged(string script)
    {
        var scenario = new Scenario().File(Compose, $$"""
            services:
              registry:
                image: registry:2
                entrypoint: [|["/bin/sh", "-c", "{{script}}"]|]
                environment:
                  CONFIG_FILE: /etc/registry/config.yml
                  FROM_SHELL:
                  SPACED: /etc/registry/my config.yml
            """);

        var result = scenario.Run();

        Assert.Null(Expect.Single(result).Verdict);
        Expect.Finding(result, RuleIds.NotFullyJudged, scenario.Mark(Compose));
    }
}
