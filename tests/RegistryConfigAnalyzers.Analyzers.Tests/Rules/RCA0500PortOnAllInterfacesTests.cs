using System.Linq;
using Microsoft.CodeAnalysis;
using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.PortOnAllInterfacesAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Rules;

public class RCA0500PortOnAllInterfacesTests
{
    [Fact]
    public async Task A_fixed_testcontainers_port_is_a_warning()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var registry = new ContainerBuilder("registry:3")
                        .{|#0:WithPortBinding(5000)|}
                        .Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers,
            Verifier.Diagnostic("RCA0500").WithLocation(0).WithMessage(
                "The registry's port 5000 is published on host port 5000 on every host interface; " +
                "Testcontainers binds every published port on all of the Docker daemon's interfaces"));
    }

    [Fact]
    public async Task A_builder_chain_longer_than_the_depth_limit_is_still_followed()
    {
        // Forty calls before the port: the chain is walked in a loop, not one level per call.
        var labels = string.Concat(Enumerable.Range(0, 40).Select(i => $"\n            .WithLabel(\"k{i}\", \"v\")"));
        var source = $$"""
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var registry = new ContainerBuilder("registry:3"){{labels}}
                        .{|#0:WithPortBinding(5000)|}
                        .Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0500").WithLocation(0));
    }

    [Fact]
    public async Task A_host_and_container_port_pair_is_a_warning_outside_tests_even_with_a_random_host_port()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var builder = new ContainerBuilder("registry:2");
                    builder = builder.{|#0:WithPortBinding(5000, 5000)|};
                    builder = builder.{|#1:WithPortBinding(0, 5000)|};
                    var registry = builder.Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers,
            Verifier.Diagnostic("RCA0500").WithLocation(0),
            Verifier.Diagnostic("RCA0500").WithLocation(1));
    }

    [Fact]
    public async Task A_random_port_in_a_test_project_is_only_a_suggestion()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                readonly DotNet.Testcontainers.Containers.IContainer _registry = new ContainerBuilder("registry:3.1.1")
                    .{|#0:WithPortBinding(5000, true)|}
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.TestcontainersInTests,
            Verifier.Diagnostic("RCA0500").WithLocation(0).WithSeverity(DiagnosticSeverity.Info));
    }

    [Fact]
    public async Task A_random_port_on_a_reused_container_stays_a_warning_in_tests()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var registry = new ContainerBuilder("registry:3")
                        .{|#0:WithPortBinding("5000", true)|}
                        .WithReuse(true)
                        .Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.TestcontainersInTests, Verifier.Diagnostic("RCA0500").WithLocation(0));
    }

    [Fact]
    public async Task A_create_parameter_modifier_may_bind_loopback_and_silences_the_rule()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var registry = new ContainerBuilder("registry:3")
                        .WithPortBinding(5000)
                        .WithCreateParameterModifier(p => p.HostConfig.PortBindings["5000/tcp"][0].HostIP = "127.0.0.1")
                        .Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Theory]
    [InlineData("confluentinc/cp-schema-registry:7.5.0")]
    [InlineData("ghcr.io/project-zot/zot-linux-amd64:v2.0.0")]
    [InlineData("registry.example.com/team/app:2")]
    [InlineData("localhost:5000/myapp")]
    public async Task Other_images_are_not_judged(string image)
    {
        var source = $$"""
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start()
                {
                    var other = new ContainerBuilder("{{image}}").WithPortBinding(5000).Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task A_docker_dotnet_binding_without_host_ip_is_a_warning()
    {
        const string source = """
            using System.Collections.Generic;
            using Docker.DotNet.Models;

            class Provisioner
            {
                CreateContainerParameters Create(string port) => new()
                {
                    Image = "registry:2",
                    HostConfig = new HostConfig
                    {
                        PortBindings = new Dictionary<string, IList<PortBinding>>
                        {
                            ["5000/tcp"] = [{|#0:new PortBinding { HostPort = "5000" }|}],
                            ["5001/tcp"] = [new PortBinding { HostIP = "127.0.0.1", HostPort = "5001" }],
                            ["5002/tcp"] = [{|#1:new PortBinding { HostIP = "0.0.0.0", HostPort = port }|}],
                        },
                    },
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet,
            Verifier.Diagnostic("RCA0500").WithLocation(0),
            Verifier.Diagnostic("RCA0500").WithLocation(1).WithMessage(
                "The registry's port 5002 is published on every host interface; bind it to 127.0.0.1 unless other hosts must reach it"));
    }

    [Fact]
    public async Task Docker_host_network_mode_publishes_everything()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Provisioner
            {
                object Create() => new CreateContainerParameters
                {
                    Image = "docker.io/library/registry:2.8.3",
                    HostConfig = new HostConfig { {|#0:NetworkMode = "host"|} },
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet, Verifier.Diagnostic("RCA0500").WithLocation(0));
    }

    [Fact]
    public async Task An_aspire_endpoint_is_on_localhost_unless_its_target_host_is_changed()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("mirror", "registry", "2")
                        .WithHttpEndpoint(targetPort: 5000, port: 5100, isProxied: false);

                    var open = builder.AddContainer("open", "registry:3");
                    open.{|#0:WithEndpoint("http", e => e.TargetHost = "0.0.0.0")|};
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire, Verifier.Diagnostic("RCA0500").WithLocation(0));
    }

    [Fact]
    public async Task A_kubernetes_host_port_without_host_ip_is_on_every_node_interface()
    {
        const string source = """
            using k8s.Models;

            class Manifests
            {
                V1Container Registry() => new V1Container
                {
                    Name = "registry",
                    Image = "registry:2",
                    Ports = [{|#0:new V1ContainerPort { ContainerPort = 5000, HostPort = 5000 }|}, new V1ContainerPort { ContainerPort = 5000 }],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.Kubernetes, Verifier.Diagnostic("RCA0500").WithLocation(0));
    }

    [Fact]
    public async Task The_registry_binary_listening_on_every_interface_is_a_warning()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo("/usr/bin/registry", "serve config.yml");
                    start.Environment["REGISTRY_HTTP_ADDR"] = {|#0:":5000"|};
                    start.Environment["REGISTRY_AUTH_FILE"] = "/tmp/auth.json";
                    Process.Start(start);

                    var local = new ProcessStartInfo("registry", "serve config.yml");
                    local.Environment["REGISTRY_HTTP_ADDR"] = "127.0.0.1:5000";
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None, Verifier.Diagnostic("RCA0500").WithLocation(0));
    }

    [Fact]
    public async Task Other_programs_with_registry_variables_are_not_the_registry()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var skopeo = new ProcessStartInfo("skopeo", "copy a b");
                    skopeo.Environment["REGISTRY_AUTH_FILE"] = "/tmp/auth.json";

                    var tool = new ProcessStartInfo("registry", "list");
                    tool.Environment["REGISTRY_HOST"] = "0.0.0.0:5000";
                    tool.Environment["REGISTRY_AUTH_FILE"] = "/tmp/auth.json";
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None);
    }

    [Fact]
    public async Task A_with_image_call_on_another_framework_is_not_aspire()
    {
        const string source = """
            class Resources
            {
                public Resources AddDockerContainer(string name) => this;
                public Resources WithImage(string image) => this;
                public Resources WithHttpEndpoint(int port) => this;
                public object Build() => this;

                void Use() => AddDockerContainer("sample-registry").WithImage("registry:2").WithHttpEndpoint(5000).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.None);
    }

    [Fact]
    public async Task Windows_registry_code_is_not_judged()
    {
        const string source = """
            using Microsoft.Win32;

            class Settings
            {
                object? Read() => Registry.CurrentUser.OpenSubKey("Software\\registry:2")?.GetValue("port");
            }
            """;

        await Verifier.Analyzer(source, Packages.None);
    }
}
