using Microsoft.CodeAnalysis;
using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.HardCodedSecretAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Rules;

public class RCA0502HardCodedSecretTests
{
    [Fact]
    public async Task A_constant_http_secret_on_a_testcontainers_registry_is_reported_on_the_value()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                const string ProxyPassword = "hunter2";

                void Start()
                {
                    var registry = new ContainerBuilder("registry:3")
                        .WithEnvironment("REGISTRY_HTTP_SECRET", {|#0:"a-very-long-but-constant-secret"|})
                        .WithEnvironment(new Dictionary<string, string>
                        {
                            ["REGISTRY_PROXY_REMOTEURL"] = "https://registry-1.docker.io",
                            ["REGISTRY_PROXY_PASSWORD"] = {|#1:ProxyPassword|},
                            ["REGISTRY_STORAGE_S3_SECRETKEY"] = Environment.GetEnvironmentVariable("S3_SECRET")!,
                        })
                        .Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers,
            Verifier.Diagnostic("RCA0502").WithLocation(0)
                .WithMessage("REGISTRY_HTTP_SECRET is written in the source; read it from configuration or the environment"),
            Verifier.Diagnostic("RCA0502").WithLocation(1));
    }

    [Fact]
    public async Task A_test_project_gets_a_suggestion_only()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start() => new ContainerBuilder("registry:3").WithEnvironment("REGISTRY_HTTP_SECRET", {|#0:"secret"|}).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.TestcontainersInTests,
            Verifier.Diagnostic("RCA0502").WithLocation(0).WithSeverity(DiagnosticSeverity.Info));
    }

    [Fact]
    public async Task Generated_and_read_values_are_not_hard_coded()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start(string secret)
                {
                    var registry = new ContainerBuilder("registry:3")
                        .WithEnvironment("REGISTRY_HTTP_SECRET", Convert.ToHexString(RandomNumberGenerator.GetBytes(32)))
                        .WithEnvironment("REGISTRY_PROXY_PASSWORD", secret)
                        .WithEnvironment("REGISTRY_REDIS_PASSWORD", Guid.NewGuid().ToString())
                        .WithEnvironment("REGISTRY_HTTP_ADDR", ":5000")
                        .Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task A_secret_on_another_image_is_not_the_registry_s()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                void Start() => new ContainerBuilder("confluentinc/cp-schema-registry:7.5.0")
                    .WithEnvironment("REGISTRY_HTTP_SECRET", "secret").Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task Aspire_parameters_pass_and_string_values_are_reported()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    var secret = builder.AddParameter("registry-http-secret", secret: true);
                    var registry = builder.AddContainer("registry", "registry", "3")
                        .WithEnvironment("REGISTRY_HTTP_SECRET", secret);
                    registry.WithEnvironment(context => context.EnvironmentVariables["REGISTRY_PROXY_PASSWORD"] = {|#0:"hunter2"|});
                    registry.WithEnvironment(name: "REGISTRY_STORAGE_AZURE_ACCOUNTKEY", value: {|#1:"a2V5"|});
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire,
            Verifier.Diagnostic("RCA0502").WithLocation(0),
            Verifier.Diagnostic("RCA0502").WithLocation(1));
    }

    [Fact]
    public async Task Docker_dotnet_env_entries_are_split_at_the_first_equals_sign()
    {
        const string source = """
            using System.Collections.Generic;
            using Docker.DotNet.Models;

            class Provisioner
            {
                CreateContainerParameters Create(string password) => new()
                {
                    Image = "registry:2",
                    Env = new List<string>
                    {
                        {|#0:"REGISTRY_HTTP_SECRET=abc=def"|},
                        $"REGISTRY_PROXY_PASSWORD={password}",
                        "REGISTRY_STORAGE_S3_SECRETKEY=" + password,
                    },
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.DockerDotNet, Verifier.Diagnostic("RCA0502").WithLocation(0));
    }

    [Fact]
    public async Task A_kubernetes_value_is_hard_coded_and_a_value_from_a_secret_is_not()
    {
        const string source = """
            using k8s.Models;

            class Manifests
            {
                V1Container Registry() => new()
                {
                    Image = "registry:3",
                    Env =
                    [
                        new V1EnvVar { Name = "REGISTRY_HTTP_SECRET", Value = {|#0:"abc"|} },
                        new V1EnvVar
                        {
                            Name = "REGISTRY_PROXY_PASSWORD",
                            ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "proxy", Key = "password" } },
                        },
                    ],
                };
            }
            """;

        await Verifier.Analyzer(source, Packages.Kubernetes, Verifier.Diagnostic("RCA0502").WithLocation(0));
    }
}
