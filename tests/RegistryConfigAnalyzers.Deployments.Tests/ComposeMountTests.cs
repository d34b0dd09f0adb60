using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>Which config file a compose service's registry reads: mounts, configs, the image's own.</summary>
public sealed class ComposeMountTests
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

    [Fact]
    public void With_no_mount_the_images_own_config_runs_and_its_findings_go_to_the_image_entry()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: [|registry:2|]
            """);

        var result = scenario.Run();

        var finding = Expect.Finding(result, RuleIds.AnonymousAccess, scenario.Mark(Compose));
        Assert.Contains("registry:2 image's own config", finding.Message);
        Assert.Null(Expect.Single(result).ConfigSource);
    }

    [Fact]
    public void A_bind_mounted_project_file_is_read_with_positions_in_that_file()
    {
        var scenario = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    volumes:
                      - ./registry/config.yml:/etc/docker/registry/config.yml:ro
                """)
            .ProjectFile("deploy/registry/config.yml", """
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: [|true|]
                """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AnonymousDelete, scenario.Mark("deploy/registry/config.yml"));
        Assert.Equal(new[] { "deploy/registry/config.yml" }, result.ConfigFilesRead);
    }

    [Fact]
    public void A_bind_mounted_folder_gives_its_config_yml()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    volumes:
                      - type: bind
                        source: ../conf
                        target: /etc/docker/registry
                """)
            .ProjectFile("conf/config.yml", OpenConfig)
            .Run();

        Assert.Equal("`conf/config.yml`", Expect.Single(result).ConfigSource);
        Assert.Equal(true, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void The_host_is_asked_for_project_files_by_the_deployment_folder_joined_with_the_written_path()
    {
        var scenario = new Scenario().File("ops/registry/compose.yaml", """
            services:
              registry:
                image: registry:2
                env_file: ../shared/./registry.env
                volumes:
                  - ../conf/:/etc/docker/registry
                  - /srv/auth:/auth
            """);

        scenario.Run();

        // Before the service is read, the folder is searched for the override file compose would merge.
        Assert.Equal(new[]
        {
            "ops/registry/compose.override.yml", "ops/registry/compose.override.yaml",
            "ops/registry/docker-compose.override.yml", "ops/registry/docker-compose.override.yaml",
            "ops/shared/registry.env", "ops/conf/config.yml",
        }, scenario.Reads);
    }

    [Fact]
    public void Paths_are_resolved_against_a_Windows_deployment_path_in_its_own_style()
    {
        var result = new Scenario()
            .File(@"C:\repo\deploy\docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    volumes:
                      - ../conf/config.yml:/etc/docker/registry/config.yml
                """)
            .ProjectFile(@"C:\repo\conf\config.yml", OpenConfig)
            .Run();

        Assert.Equal(new[] { @"C:\repo\conf\config.yml" }, result.ConfigFilesRead);
    }

    [Fact]
    public void A_config_from_the_top_level_configs_section_is_read()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    configs:
                      - source: registry_config
                        target: /etc/docker/registry/config.yml
                configs:
                  registry_config:
                    file: ./config.yml
                """)
            .ProjectFile("deploy/config.yml", OpenConfig)
            .Run();

        Assert.Equal(true, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void A_config_with_inline_content_is_checked_at_its_lines_in_the_compose_file()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                configs:
                  - source: registry_config
                    target: /etc/docker/registry/config.yml
            configs:
              registry_config:
                content: |
                  version: 0.1
                  storage:
                    filesystem:
                      rootdirectory: /var/lib/registry
                    delete:
                      enabled: [|true|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AnonymousDelete, scenario.Mark(Compose));
    }

    [Fact]
    public void A_mount_from_outside_the_project_leaves_the_registry_unjudged()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                volumes:
                  - [|/opt/registry/config.yml:/etc/docker/registry/config.yml|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0605", scenario.Mark(Compose));
        Expect.NoFinding(result, RuleIds.AnonymousAccess);
        Assert.Null(Expect.Single(result).Verdict);
    }

    [Fact]
    public void A_named_volume_over_the_config_folder_leaves_the_registry_unjudged()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                volumes:
                  - registry-config:/etc/docker/registry
            volumes:
              registry-config:
            """).Run();

        Assert.Contains("not in the project", Expect.Single(result).NotJudged);
    }

    [Fact]
    public void RCA0603_a_file_at_the_2x_path_is_not_read_by_registry_3()
    {
        var scenario = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:3
                    volumes:
                      - [|./config.yml:/etc/docker/registry/config.yml|]
                """)
            .ProjectFile("deploy/config.yml", """
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                auth:
                  htpasswd:
                    realm: basic-realm
                    path: /auth/htpasswd
                """);

        var result = scenario.Run();

        var finding = Expect.Finding(result, "RCA0603", scenario.Mark(Compose));
        Assert.Contains("/etc/distribution/config.yml", finding.Message);
        Assert.Equal("starts=yes anon_pull=yes any_header=yes delete=yes auth=none", Expect.Verdict(result));
        Assert.Empty(result.ConfigFilesRead);
    }

    [Fact]
    public void RCA0603_for_latest_says_that_latest_is_registry_3_now()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:latest
                    volumes:
                      - ./registry:/etc/docker/registry
                """)
            .ProjectFile("deploy/registry/config.yml", OpenConfig)
            .Run();

        var finding = Assert.Single(result.Findings, f => f.RuleId == "RCA0603");
        Assert.Contains("pin `registry:2`", finding.Message);
    }

    [Fact]
    public void RCA0603_a_file_at_the_3x_path_is_not_read_by_registry_2()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    volumes:
                      - ./config.yml:/etc/distribution/config.yml
                """)
            .ProjectFile("deploy/config.yml", OpenConfig)
            .Run();

        Assert.Contains(result.Findings, f => f.RuleId == "RCA0603");
        Assert.Null(Expect.Single(result).ConfigSource);
    }

    [Fact]
    public void RCA0604_a_tmpfs_over_the_config_folder_leaves_no_config()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                volumes:
                  - [|type: tmpfs
                    target: /etc/docker/registry|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0604", scenario.Mark(Compose));
        Assert.Equal(false, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void Two_services_that_mount_one_config_report_its_findings_once()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  a:
                    image: registry:2
                    volumes: ["./config.yml:/etc/docker/registry/config.yml"]
                  b:
                    image: registry:2
                    volumes: ["./config.yml:/etc/docker/registry/config.yml"]
                """)
            .ProjectFile("deploy/config.yml", OpenConfig)
            .Run();

        Assert.Equal(2, result.Registries.Count);
        Assert.Single(result.Findings, f => f.RuleId == RuleIds.AnonymousDelete);
    }
}
