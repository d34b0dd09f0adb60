using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using RegistryConfigAnalyzers.CodeFixes;
using Xunit;
using Dropped = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.DroppedBuilderResultAnalyzer>;
using Ports = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.PortOnAllInterfacesAnalyzer>;
using Secrets = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.HardCodedSecretAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Fixes;

public class CodeRuleFixTests
{
    [Fact]
    public async Task Hard_coded_secrets_are_read_from_the_environment()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:2")
                    .WithEnvironment("REGISTRY_HTTP_SECRET", {|#0:"0123456789abcdef0123456789abcdef"|})
                    .WithEnvironment("REGISTRY_PROXY_PASSWORD", {|#1:"hunter2"|})
                    .Build();
            }
            """;
        const string fixedSource = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:2")
                    .WithEnvironment("REGISTRY_HTTP_SECRET", System.Environment.GetEnvironmentVariable("REGISTRY_HTTP_SECRET") ?? throw new System.InvalidOperationException("REGISTRY_HTTP_SECRET is not set"))
                    .WithEnvironment("REGISTRY_PROXY_PASSWORD", System.Environment.GetEnvironmentVariable("REGISTRY_PROXY_PASSWORD") ?? throw new System.InvalidOperationException("REGISTRY_PROXY_PASSWORD is not set"))
                    .Build();
            }
            """;

        await Secrets.CodeFix<ReadSecretFromEnvironmentCodeFix>(source, fixedSource, Packages.Testcontainers,
            ReadSecretFromEnvironmentCodeFix.EquivalenceKey,
            new[] { Secrets.Diagnostic("RCA0502").WithLocation(0), Secrets.Diagnostic("RCA0502").WithLocation(1) });
    }

    [Fact]
    public async Task A_docker_env_entry_keeps_its_name_in_front_of_the_read()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Provisioner
            {
                object Create() => new CreateContainerParameters { Image = "registry:2", Env = [{|#0:"REGISTRY_HTTP_SECRET=abc"|}] };
            }
            """;
        const string fixedSource = """
            using Docker.DotNet.Models;

            class Provisioner
            {
                object Create() => new CreateContainerParameters { Image = "registry:2", Env = ["REGISTRY_HTTP_SECRET=" + (System.Environment.GetEnvironmentVariable("REGISTRY_HTTP_SECRET") ?? throw new System.InvalidOperationException("REGISTRY_HTTP_SECRET is not set"))] };
            }
            """;

        await Secrets.CodeFix<ReadSecretFromEnvironmentCodeFix>(source, fixedSource, Packages.DockerDotNet,
            ReadSecretFromEnvironmentCodeFix.EquivalenceKey, new[] { Secrets.Diagnostic("RCA0502").WithLocation(0) });
    }

    [Fact]
    public async Task Docker_and_kubernetes_bindings_are_moved_to_loopback()
    {
        const string source = """
            using System.Collections.Generic;
            using Docker.DotNet.Models;

            class Provisioner
            {
                CreateContainerParameters Create() => new()
                {
                    Image = "registry:2",
                    HostConfig = new HostConfig
                    {
                        PortBindings = new Dictionary<string, IList<PortBinding>>
                        {
                            ["5000/tcp"] = [{|#0:new PortBinding { HostPort = "5000" }|}, {|#1:new PortBinding { HostIP = "0.0.0.0", HostPort = "5002" }|}],
                        },
                    },
                };
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Docker.DotNet.Models;

            class Provisioner
            {
                CreateContainerParameters Create() => new()
                {
                    Image = "registry:2",
                    HostConfig = new HostConfig
                    {
                        PortBindings = new Dictionary<string, IList<PortBinding>>
                        {
                            ["5000/tcp"] = [new PortBinding { HostIP = "127.0.0.1", HostPort = "5000" }, new PortBinding { HostIP = "127.0.0.1", HostPort = "5002" }],
                        },
                    },
                };
            }
            """;

        await Ports.CodeFix<BindLoopbackCodeFix>(source, fixedSource, Packages.DockerDotNet, BindLoopbackCodeFix.EquivalenceKey,
            new[] { Ports.Diagnostic("RCA0500").WithLocation(0), Ports.Diagnostic("RCA0500").WithLocation(1) });
    }

    [Fact]
    public async Task A_host_listen_address_gets_the_loopback_host()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo("registry", "serve config.yml");
                    start.Environment["REGISTRY_HTTP_ADDR"] = {|#0:":5000"|};
                }
            }
            """;
        const string fixedSource = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo("registry", "serve config.yml");
                    start.Environment["REGISTRY_HTTP_ADDR"] = "127.0.0.1:5000";
                }
            }
            """;

        await Ports.CodeFix<BindLoopbackCodeFix>(source, fixedSource, Packages.None, BindLoopbackCodeFix.EquivalenceKey,
            new[] { Ports.Diagnostic("RCA0500").WithLocation(0) });
    }

    [Fact]
    public async Task A_dropped_builder_call_is_assigned_back()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start()
                {
                    var builder = new ContainerBuilder("registry:3");
                    builder.{|#0:WithEnvironment("REGISTRY_AUTH", "htpasswd")|};
                    builder.{|#1:WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "false")|};
                    return builder.Build();
                }
            }
            """;
        const string fixedSource = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start()
                {
                    var builder = new ContainerBuilder("registry:3");
                    builder = builder.WithEnvironment("REGISTRY_AUTH", "htpasswd");
                    builder = builder.WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "false");
                    return builder.Build();
                }
            }
            """;

        await Dropped.CodeFix<AssignBuilderResultCodeFix>(source, fixedSource, Packages.Testcontainers,
            AssignBuilderResultCodeFix.EquivalenceKey,
            new[] { Dropped.Diagnostic("RCA0504").WithLocation(0), Dropped.Diagnostic("RCA0504").WithLocation(1) });
    }
}
