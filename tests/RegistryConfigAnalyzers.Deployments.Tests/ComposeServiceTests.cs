using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>Which compose services run the registry, and what process they start.</summary>
public sealed class ComposeServiceTests
{
    private const string Compose = "deploy/docker-compose.yml";

    private const string OpenConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
          delete:
            enabled: true
        """;

    [Theory]
    [InlineData("registry:2", RegistryVersion.V2)]
    [InlineData("docker.io/library/registry:2.8.3", RegistryVersion.V2)]
    [InlineData("registry:3.0.0", RegistryVersion.V3)]
    [InlineData("registry", RegistryVersion.V3)]
    [InlineData("distribution/distribution:edge", RegistryVersion.V3)]
    public void A_registry_image_is_recognised_with_its_major_version(string image, RegistryVersion version)
    {
        var result = new Scenario().File(Compose, $"""
            services:
              hub:
                image: {image}
            """).Run();

        Assert.Equal(version, Expect.Single(result).Image.MajorVersion);
    }

    [Fact]
    public void Other_images_are_not_judged_even_with_registry_variables()
    {
        var result = new Scenario().File(Compose, """
            services:
              ui:
                image: joxit/docker-registry-ui:2
                environment:
                  REGISTRY_URL: http://registry:5000
            """).Run();

        Assert.Empty(result.Registries);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Compose_version_1_has_its_services_at_the_top_level()
    {
        var result = new Scenario().File(Compose, """
            registry:
              image: registry:2
              environment:
                REGISTRY_STORAGE_DELETE_ENABLED: "true"
            front:
              build: ./nginx
            """).Run();

        Assert.Equal("service `registry`", Expect.Single(result).Name);
        Assert.Equal(true, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void An_image_from_a_variable_is_reported_as_not_judged()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              hub:
                image: [|registry:${REGISTRY_TAG}|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0605", scenario.Mark(Compose));
        Assert.Empty(result.Registries);
    }

    [Fact]
    public void A_service_built_from_a_Dockerfile_is_not_judged_as_the_stock_image()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                build: ./registry
                image: registry:2
            """).Run();

        Assert.Empty(result.Registries);
        Assert.Contains(result.Findings, f => f.RuleId == "RCA0605");
    }

    [Fact]
    public void A_command_naming_another_config_path_makes_the_registry_read_the_file_mounted_there()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    command: ["/etc/registry/registry.yml"]
                    volumes:
                      - ./registry.yml:/etc/registry/registry.yml
                """)
            .ProjectFile("deploy/registry.yml", OpenConfig)
            .Run();

        var registry = Expect.Single(result);
        Assert.Equal("/etc/registry/registry.yml", registry.ConfigPath);
        Assert.Equal(true, registry.Verdict!.DeletesEnabled);
    }

    [Fact]
    public void A_command_string_is_split_like_a_shell_does()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    command: serve '/etc/registry/config.yml'
                    volumes:
                      - ./config.yml:/etc/registry/config.yml
                """)
            .ProjectFile("deploy/config.yml", OpenConfig)
            .Run();

        Assert.Equal("/etc/registry/config.yml", Expect.Single(result).ConfigPath);
    }

    [Fact]
    public void An_entrypoint_running_a_shell_script_is_followed_to_registry_serve()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    entrypoint: ["/bin/sh", "-c", "htpasswd -Bbc /auth/htpasswd u p && registry serve /conf/config.yml"]
                    volumes:
                      - ./config.yml:/conf/config.yml
                """)
            .ProjectFile("deploy/config.yml", OpenConfig)
            .Run();

        Assert.Equal("/conf/config.yml", Expect.Single(result).ConfigPath);
        Assert.Equal(true, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void RCA0604_a_command_naming_a_path_that_nothing_mounts_stops_the_registry()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                command: [|["serve", "/etc/registry/config.yml"]|]
            """);

        var result = scenario.Run();

        var finding = Expect.Finding(result, "RCA0604", scenario.Mark(Compose));
        Assert.Contains("no such file or directory", finding.Message);
        Assert.Equal(false, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void RCA0604_serve_without_a_path_or_REGISTRY_CONFIGURATION_PATH_stops_the_registry()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                command: serve
            """).Run();

        Assert.Contains("configuration path unspecified", Assert.Single(result.Findings, f => f.RuleId == "RCA0604").Message);
    }

    [Fact]
    public void Serve_without_a_path_reads_REGISTRY_CONFIGURATION_PATH()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    command: serve
                    environment:
                      REGISTRY_CONFIGURATION_PATH: /conf/config.yml
                    volumes:
                      - ./config.yml:/conf/config.yml
                """)
            .ProjectFile("deploy/config.yml", OpenConfig)
            .Run();

        Assert.Equal("/conf/config.yml", Expect.Single(result).ConfigPath);
        Expect.NoFinding(result, "RCA0606");
    }

    [Fact]
    public void RCA0606_REGISTRY_CONFIGURATION_PATH_is_ignored_when_the_image_command_names_a_config()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  [|REGISTRY_CONFIGURATION_PATH: /conf/config.yml|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0606", scenario.Mark(Compose));
        Assert.Equal("/etc/docker/registry/config.yml", Expect.Single(result).ConfigPath);
    }

    [Fact]
    public void A_garbage_collect_job_is_not_a_server_and_has_no_findings()
    {
        var result = new Scenario().File(Compose, """
            services:
              gc:
                image: registry:2
                command: ["garbage-collect", "/etc/docker/registry/config.yml"]
            """).Run();

        Assert.Empty(result.Findings);
        Assert.Contains("not the server", Expect.Single(result).NotJudged);
    }

    [Fact]
    public void A_command_that_is_not_the_registry_is_reported_as_not_judged()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                entrypoint: /custom-start.sh
            """).Run();

        Assert.Null(Expect.Single(result).Verdict);
        Assert.Contains(result.Findings, f => f.RuleId == "RCA0605");
    }
}
