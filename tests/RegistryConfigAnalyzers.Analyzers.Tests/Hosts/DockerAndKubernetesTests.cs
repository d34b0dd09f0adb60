using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryContainerAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Hosts;

public class DockerAndKubernetesTests
{
    [Fact]
    public async Task A_docker_dotnet_mirror_with_a_conditional_environment_is_open_in_both_branches()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using Docker.DotNet.Models;

            class Provisioner
            {
                CreateContainerParameters Create(Uri? proxy, string port) => new()
                {
                    Image = {|#0:"registry:2"|},
                    Env = proxy != null ? new List<string> { $"REGISTRY_PROXY_REMOTEURL={proxy}" } : null,
                    HostConfig = new()
                    {
                        PortBindings = new Dictionary<string, IList<PortBinding>> { ["5000/tcp"] = [new() { HostPort = port }] },
                        RestartPolicy = new() { Name = RestartPolicyKind.Always },
                        Binds = ["registry-data:/var/lib/registry"],
                    },
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task Docker_dotnet_env_entries_are_read_as_name_and_value()
    {
        const string source = """
            using Docker.DotNet.Models;

            class Provisioner
            {
                CreateContainerParameters Create() => new CreateContainerParameters
                {
                    Image = "registry:3",
                    Env = [{|#0:"REGISTRY_AUTH=silly"|}, "REGISTRY_AUTH_SILLY_REALM=r", "REGISTRY_AUTH_SILLY_SERVICE=s",
                        "REGISTRY_STORAGE_DELETE_ENABLED=false", "REGISTRY_HTTP_DEBUG_ADDR=127.0.0.1:5001"],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet, Verifier.Diagnostic("RCA0002").WithLocation(0));
    }

    [Fact]
    public async Task A_view_model_with_an_image_property_is_not_docker_dotnet()
    {
        const string source = """
            class DockerContainerInstance
            {
                public string? Image { get; set; }
            }

            class Mock
            {
                object Data() => new DockerContainerInstance { Image = "registry:2" };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet);
    }

    [Fact]
    public async Task A_kubernetes_container_is_judged_on_its_env()
    {
        const string source = """
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Pod() => new()
                {
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "registry",
                            Image = {|#0:"registry:2.8.3"|},
                            Env = [new V1EnvVar { Name = "REGISTRY_HTTP_ADDR", Value = ":5000" }],
                        },
                    ],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.Kubernetes, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task Env_from_a_config_map_may_hold_auth_so_the_defaults_are_not_judged()
    {
        const string source = """
            using k8s.Models;

            class Manifests
            {
                V1Container Registry() => new()
                {
                    Image = "registry:2",
                    EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = "registry" } }],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.Kubernetes);
    }

    [Fact]
    public async Task The_registry_binary_is_judged_on_its_config_file_and_environment()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo { FileName = "registry", Arguments = "serve registry.yml" };
                    {|#0:start.Environment["REGISTRY_AUTH"] = "silly"|};
                    start.Environment["REGISTRY_AUTH_SILLY_REALM"] = "r";
                    start.Environment["REGISTRY_AUTH_SILLY_SERVICE"] = "s";
                    Process.Start(start);
                }
            }
            """;
        const string config = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /tmp/registry
            http:
              addr: 127.0.0.1:5000
            """;

        await Verifier.Analyzer(source, Packages.None, new[] { ("/src/registry.yml", config) },
            Verifier.Diagnostic("RCA0002").WithLocation(0));
    }
}
