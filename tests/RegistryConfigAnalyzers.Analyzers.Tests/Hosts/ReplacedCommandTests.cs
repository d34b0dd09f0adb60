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
}
