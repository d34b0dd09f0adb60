using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryContainerAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Hosts;

/// <summary>
/// Containers of the registry image that run `registry garbage-collect`, by a replaced entrypoint
/// or through the image's script: the real registry (2.8.2) collects and exits without ever
/// listening, so nothing is served.
/// </summary>
public class ReplacedCommandTests
{
    [Fact]
    public async Task A_kubernetes_garbage_collect_command_serves_nothing()
    {
        const string source = """
            using k8s.Models;

            class Manifests
            {
                V1Container Collector() => new()
                {
                    Name = "registry-gc",
                    Image = "registry:2",
                    Command = ["/bin/registry", "garbage-collect", "--delete-untagged", "/etc/docker/registry/config.yml"],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.Kubernetes);
    }

    [Fact]
    public async Task A_docker_dotnet_garbage_collect_entrypoint_serves_nothing()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Maintenance
            {
                CreateContainerParameters Collect() => new()
                {
                    Image = "registry:2",
                    Entrypoint = ["/bin/registry", "garbage-collect", "/etc/docker/registry/config.yml"],
                    HostConfig = new() { Binds = ["registry-data:/var/lib/registry"] },
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet);
    }

    [Fact]
    public async Task A_testcontainers_garbage_collect_entrypoint_serves_nothing()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Maintenance
            {
                object Collect() => new ContainerBuilder("registry:2")
                    .WithEntrypoint("/bin/registry", "garbage-collect", "/etc/docker/registry/config.yml")
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task An_aspire_garbage_collect_entrypoint_serves_nothing()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry-gc", "registry", "2")
                        .WithEntrypoint("/bin/registry")
                        .WithArgs("garbage-collect", "/etc/docker/registry/config.yml")
                        .WithVolume("registry-data", "/var/lib/registry");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire);
    }

    // Through the image's own entrypoint script, a first argument `garbage-collect` runs
    // `registry garbage-collect …` too.
    [Fact]
    public async Task A_garbage_collect_command_through_the_image_script_serves_nothing()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Maintenance
            {
                object Collect() => new ContainerBuilder("registry:2")
                    .WithCommand("garbage-collect", "/etc/docker/registry/config.yml")
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    // `registry serve` without a path stops with "configuration path unspecified".
    [Fact]
    public async Task Serve_without_a_config_path_serves_nothing()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:2").WithCommand("serve").Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task Serve_through_the_image_script_still_runs_the_image_config()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Fixture
            {
                CreateContainerParameters Start() => new()
                {
                    Image = {|#0:"registry:2"|},
                    Cmd = ["serve", "/etc/docker/registry/config.yml"],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task A_shell_that_serves_the_image_config_is_judged()
    {
        const string source = """
            using k8s.Models;

            class Manifests
            {
                V1Container Registry() => new()
                {
                    Name = "registry",
                    Image = {|#0:"registry:2"|},
                    Command = ["/bin/sh", "-c", "sleep 1 && exec registry serve /etc/docker/registry/config.yml"],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.Kubernetes, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    // The protected config is mounted where the replaced entrypoint points the registry, so the
    // deletes the variable turns on are behind its auth.
    [Fact]
    public async Task An_entrypoint_that_serves_another_path_reads_the_config_mounted_there()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:2")
                    .WithEntrypoint("/bin/registry", "serve", "/etc/registry/registry.yml")
                    .WithBindMount("registry.yml", "/etc/registry/registry.yml")
                    .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "true")
                    .Build();
            }
            """;
        const string config = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              addr: 127.0.0.1:5000
            auth:
              htpasswd:
                realm: Registry Realm
                path: /etc/registry/htpasswd
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, new[] { ("/src/registry.yml", config) });
    }

    // The shell expands the variable the code sets, so the registry reads the protected config
    // mounted at that path and the deletes the other variable turns on are behind its auth.
    [Fact]
    public async Task A_shell_that_serves_a_path_from_a_variable_reads_the_config_mounted_there()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:2")
                    .WithEntrypoint("/bin/sh", "-c", "exec registry serve \"$CONFIG\"")
                    .WithEnvironment("CONFIG", "/etc/registry/registry.yml")
                    .WithBindMount("registry.yml", "/etc/registry/registry.yml")
                    .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "true")
                    .Build();
            }
            """;
        const string config = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              addr: 127.0.0.1:5000
            auth:
              htpasswd:
                realm: Registry Realm
                path: /etc/registry/htpasswd
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, new[] { ("/src/registry.yml", config) });
    }

    // Whether another program (or a shell the analyzer cannot read) starts the server is not
    // known, so nothing is claimed about it.
    [Fact]
    public async Task An_entrypoint_the_analyzer_cannot_follow_gets_no_claim()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", "registry", "2")
                        .WithEntrypoint("/usr/local/bin/start-registry")
                        .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "true");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire);
    }

    // Docker takes an empty command as none and runs the image's.
    [Fact]
    public async Task An_empty_command_leaves_the_image_command()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Fixture
            {
                CreateContainerParameters Start() => new()
                {
                    Image = {|#0:"registry:2"|},
                    Cmd = [],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task An_aspire_entrypoint_that_serves_the_image_config_is_judged()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", {|#0:"registry"|}, "2")
                        .WithEntrypoint("/bin/registry")
                        .WithArgs("serve", "/etc/docker/registry/config.yml");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task A_testcontainers_entrypoint_that_serves_the_image_config_is_judged()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder({|#0:"registry:2"|})
                    .WithEntrypoint("/bin/registry", "serve", "/etc/docker/registry/config.yml")
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task A_kubernetes_command_that_serves_the_image_config_is_judged()
    {
        const string source = """
            using k8s.Models;

            class Manifests
            {
                V1Container Registry() => new()
                {
                    Name = "registry",
                    Image = {|#0:"registry:2"|},
                    Command = ["registry"],
                    Args = ["serve", "/etc/docker/registry/config.yml"],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.Kubernetes, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task A_docker_dotnet_entrypoint_that_serves_the_image_config_is_judged()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Fixture
            {
                CreateContainerParameters Start() => new()
                {
                    Image = {|#0:"registry:2"|},
                    Entrypoint = ["/bin/registry", "serve", "/etc/docker/registry/config.yml"],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }
}
