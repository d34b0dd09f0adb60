using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>A relative config path is opened from the process's working directory.</summary>
public sealed class WorkingDirectoryTests
{
    private const string Compose = "docker-compose.yml";

    private const string OpenConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
          delete:
            enabled: true
        """;

    [Fact]
    public void Without_a_working_directory_a_relative_path_is_read_from_the_root()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                command: ["config/registry.yml"]
                volumes:
                  - ./registry.yml:/config/registry.yml
            """).ProjectFile("registry.yml", OpenConfig).Run();

        Assert.Equal("/config/registry.yml", Expect.Single(result).ConfigPath);
    }

    [Fact]
    public void A_relative_REGISTRY_CONFIGURATION_PATH_is_read_from_the_pods_working_directory()
    {
        var result = new Scenario().File("k8s/pod.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  workingDir: /srv
                  command: ["registry", "serve"]
                  env:
                    - name: REGISTRY_CONFIGURATION_PATH
                      value: ../etc/docker/registry/config.yml
            """).Run();

        var registry = Expect.Single(result);
        Assert.Equal("/etc/docker/registry/config.yml", registry.ConfigPath);
        Assert.NotNull(registry.Verdict);
    }

    [Fact]
    public void An_absolute_path_does_not_depend_on_the_working_directory()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                working_dir: /srv
                command: ["/etc/docker/registry/config.yml"]
            """).Run();

        Assert.Equal("/etc/docker/registry/config.yml", Expect.Single(result).ConfigPath);
    }

    [Fact]
    public void A_working_directory_from_a_variable_leaves_a_relative_path_unjudged()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                working_dir: ${CONFIG_DIR}
                command: [|["registry.yml"]|]
            """);

        var result = scenario.Run();

        Assert.Null(Expect.Single(result).Verdict);
        Expect.Finding(result, RuleIds.NotFullyJudged, scenario.Mark(Compose));
    }
}
