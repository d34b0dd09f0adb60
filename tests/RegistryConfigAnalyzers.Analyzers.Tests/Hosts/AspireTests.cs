using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryContainerAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Hosts;

public class AspireTests
{
    [Fact]
    public async Task A_registry_2_mirror_with_named_arguments_in_any_order_is_open()
    {
        const string source = """
            using Aspire.Hosting;
            using Aspire.Hosting.ApplicationModel;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer(tag: "2", image: {|#0:"registry"|}, name: "registry-mirror")
                        .WithContainerName("registry-mirror")
                        .WithLifetime(ContainerLifetime.Persistent)
                        .WithHttpEndpoint(targetPort: 5000, port: 5100, name: "http")
                        .WithVolume("registry-data", "/var/lib/registry");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task Calls_on_a_stored_builder_in_later_statements_count()
    {
        const string source = """
            using Aspire.Hosting;

            var builder = DistributedApplication.CreateBuilder(args);
            var registry = builder.AddContainer("registry", {|#0:"registry:3"|});
            registry.WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "false");
            if (args.Length > 0)
            {
                registry.WithEnvironment(context => context.EnvironmentVariables["REGISTRY_HTTP_DEBUG_ADDR"] = "127.0.0.1:5001");
            }

            builder.Build().Run();
            """;

        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<RegistryContainerAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = Packages.Aspire,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("RCA0001").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_image_split_over_with_image_calls_is_put_together()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                const string Image = "library/registry";

                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", "placeholder")
                        .WithImage({|#0:Image|})
                        .WithImageRegistry("mirror.example.com")
                        .WithImageTag("2.8.3");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task An_external_endpoint_on_an_open_registry_is_an_error()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", {|#0:"registry:2"|})
                        .WithHttpEndpoint(targetPort: 5000)
                        .{|#1:WithExternalHttpEndpoints()|};
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0501").WithLocation(1)
                .WithMessage("'registry:2' is exposed beyond the host at publish time, and it lets anyone pull and push"));
    }

    [Fact]
    public async Task An_external_endpoint_on_a_registry_with_auth_is_not_rca0501()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", "registry:2")
                        .WithEnvironment("REGISTRY_AUTH_HTPASSWD_REALM", "Registry Realm")
                        .{|#0:WithEnvironment("REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd")|}
                        .WithBindMount("./auth", "/auth", isReadOnly: true)
                        .WithEndpoint(targetPort: 5000, scheme: "http", isExternal: true);
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire, Verifier.Diagnostic("RCA0200").WithLocation(0));
    }

    [Fact]
    public async Task Parameters_and_expressions_are_unknown_values_not_guesses()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    var auth = builder.AddParameter("registry-auth");
                    builder.AddContainer("registry", "registry:2")
                        .WithEnvironment("REGISTRY_AUTH", auth);
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire);
    }

    [Fact]
    public async Task A_builder_handed_to_a_helper_may_get_auth_there()
    {
        const string source = """
            using Aspire.Hosting;
            using Aspire.Hosting.ApplicationModel;

            static class Extensions
            {
                public static IResourceBuilder<ContainerResource> WithRegistryAuth(this IResourceBuilder<ContainerResource> r) => r;
            }

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", "registry:2").WithRegistryAuth();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire);
    }

    [Fact]
    public async Task A_container_files_config_written_from_a_string_is_judged_with_the_variables()
    {
        const string source = """
            using Aspire.Hosting;
            using Aspire.Hosting.ApplicationModel;

            class AppHost
            {
                const string Config = "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\nauth:\n  htpasswd:\n    realm: r\n    path: /auth/htpasswd\n";

                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", "registry:3")
                        .WithContainerFiles("/etc/distribution", [new ContainerFile { Name = "config.yml", Contents = Config }])
                        .{|#0:WithEnvironment("REGISTRY_AUTH", "")|};
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task Referencing_a_registry_to_publish_to_is_not_starting_one()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("app", "localhost:5000/myapp:3");
                    builder.AddContainer("schema", "confluentinc/cp-schema-registry", "7.5.0");
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Aspire);
    }
}
