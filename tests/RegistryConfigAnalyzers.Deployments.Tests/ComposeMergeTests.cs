using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>What compose merges into a service: the folder's override file and the services it extends.</summary>
public sealed class ComposeMergeTests
{
    private const string OpenConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
          delete:
            enabled: true
        """;

    [Fact]
    public void An_override_file_of_the_project_replaces_the_command_and_a_mount_at_the_same_target()
    {
        var result = new Scenario()
            .File("deploy/compose.yaml", """
                services:
                  registry:
                    image: registry:2
                    command: ["/etc/registry/base.yml"]
                    volumes:
                      - ./base:/etc/registry
                """)
            .ProjectFile("deploy/compose.override.yml", """
                services:
                  registry:
                    command: ["/etc/registry/config.yml"]
                    volumes:
                      - ./local:/etc/registry
                """)
            .ProjectFile("deploy/local/config.yml", OpenConfig)
            .Run();

        var registry = Expect.Single(result);
        Assert.Equal("/etc/registry/config.yml", registry.ConfigPath);
        Assert.True(registry.Verdict!.DeletesEnabled);
    }

    [Fact]
    public void An_override_file_is_not_read_alone_beside_its_compose_file()
    {
        var result = new Scenario()
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                """)
            .File("docker-compose.override.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: "true"
                """)
            .Run();

        Assert.True(Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void Only_the_first_compose_file_of_a_folder_gets_the_override()
    {
        var result = new Scenario()
            .File("compose.yaml", """
                services:
                  registry:
                    image: registry:2
                """)
            .File("docker-compose.yml", """
                services:
                  old:
                    image: registry:2
                """)
            .ProjectFile("compose.override.yaml", """
                services:
                  registry:
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: "true"
                """)
            .Run();

        Assert.Equal(2, result.Registries.Count);
        Assert.Contains(result.Registries, r => r.Name == "service `registry`" && r.Verdict!.DeletesEnabled == true);
        Assert.Contains(result.Registries, r => r.Name == "service `old`" && r.Verdict!.DeletesEnabled == false);
    }

    [Fact]
    public void A_service_extends_a_service_of_another_file_with_paths_relative_to_that_file()
    {
        var result = new Scenario()
            .File("app/compose.yaml", """
                services:
                  registry:
                    extends:
                      file: ../common/registry.yml
                      service: base
                    environment:
                      REGISTRY_LOG_LEVEL: warn
                """)
            .ProjectFile("common/registry.yml", """
                services:
                  base:
                    image: registry:2
                    volumes:
                      - ./config.yml:/etc/docker/registry/config.yml
                """)
            .ProjectFile("common/config.yml", OpenConfig)
            .Run();

        var registry = Expect.Single(result);
        Assert.Equal("`common/config.yml`", registry.ConfigSource);
        Assert.True(registry.Verdict!.DeletesEnabled);
        Assert.Contains(registry.Environment, e => e.Name == "REGISTRY_LOG_LEVEL");
    }

    [Fact]
    public void An_environment_entry_wins_over_an_env_file_of_the_base_service()
    {
        var result = new Scenario()
            .File("compose.yaml", """
                services:
                  base:
                    image: alpine:3.19
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: "true"
                  registry:
                    extends: base
                    image: registry:2
                    env_file: registry.env
                """)
            .ProjectFile("registry.env", "REGISTRY_STORAGE_DELETE_ENABLED=false\n")
            .Run();

        Assert.True(Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void A_config_defined_in_the_override_file_is_mounted_by_the_base_service()
    {
        var result = new Scenario()
            .File("compose.yaml", """
                services:
                  registry:
                    image: registry:2
                    configs:
                      - source: registry
                        target: /etc/docker/registry/config.yml
                """)
            .File("compose.override.yaml", """
                configs:
                  registry:
                    file: ./local/config.yml
                """)
            .ProjectFile("local/config.yml", OpenConfig)
            .Run();

        var registry = Expect.Single(result);
        Assert.Equal("`local/config.yml`", registry.ConfigSource);
        Assert.True(registry.Verdict!.DeletesEnabled);
    }

    [Theory]
    [InlineData("extends: missing")]
    [InlineData("extends: { file: not-here.yml, service: base }")]
    [InlineData("extends: registry")]
    public void A_base_service_that_is_not_known_leaves_the_service_unjudged(string extends)
    {
        var scenario = new Scenario().File("compose.yaml", $"""
            services:
              registry:
                image: registry:2
                {extends}
            """);

        var result = scenario.Run();

        Assert.Empty(result.Registries);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.NotFullyJudged);
    }
}
