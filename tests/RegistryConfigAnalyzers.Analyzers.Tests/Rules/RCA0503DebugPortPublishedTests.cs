using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.DebugPortPublishedAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Rules;

public class RCA0503DebugPortPublishedTests
{
    [Fact]
    public async Task Publishing_5001_of_a_registry_3_image_exposes_its_debug_server()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start() => new ContainerBuilder("registry:3")
                    .WithPortBinding(5000, true)
                    .{|#0:WithPortBinding(5001, true)|}
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0503").WithLocation(0)
            .WithMessage("Port 5001 is the registry's debug server (pprof, expvar, metrics, no auth); do not publish it"));
    }

    [Fact]
    public async Task The_registry_2_image_has_no_debug_server()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start() => new ContainerBuilder("registry:2").WithPortBinding(5001).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task A_debug_address_set_in_the_environment_names_the_port()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start() => new ContainerBuilder("registry:2")
                    .WithEnvironment("REGISTRY_HTTP_DEBUG_ADDR", ":6000")
                    .WithPortBinding(5001)
                    .{|#0:WithPortBinding(6000)|}
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0503").WithLocation(0));
    }

    [Fact]
    public async Task A_loopback_docker_binding_of_the_debug_port_is_fine()
    {
        const string source = """
            using System.Collections.Generic;
            using Docker.DotNet.Models;

            class Provisioner
            {
                CreateContainerParameters Create() => new()
                {
                    Image = "registry:3.0.0",
                    HostConfig = new HostConfig
                    {
                        PortBindings = new Dictionary<string, IList<PortBinding>>
                        {
                            ["5001/tcp"] = [new PortBinding { HostIP = "127.0.0.1", HostPort = "5001" }],
                        },
                    },
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet);
    }
}
