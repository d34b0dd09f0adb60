using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using RegistryConfigAnalyzers.CodeFixes;
using Xunit;
using Container = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryContainerAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Fixes;

public class ContainerFixTests
{
    [Fact]
    public async Task Htpasswd_auth_is_added_to_every_open_testcontainers_registry()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object First() => new ContainerBuilder({|#0:"registry:2"|}).WithPortBinding(5000, true).Build();

                object Second()
                {
                    var builder = new ContainerBuilder({|#1:"registry:2"|});
                    return builder.Build();
                }
            }
            """;
        const string fixedSource = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object First() => new ContainerBuilder("registry:2")
                    .{|#0:WithEnvironment("REGISTRY_AUTH", "htpasswd")|}
                    .WithEnvironment("REGISTRY_AUTH_HTPASSWD_REALM", "Registry Realm")
                    .WithEnvironment("REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd")
                    .WithBindMount(System.IO.Path.GetFullPath("registry-auth"), "/auth").WithPortBinding(5000, true).Build();

                object Second()
                {
                    var builder = new ContainerBuilder("registry:2")
                        .{|#1:WithEnvironment("REGISTRY_AUTH", "htpasswd")|}
                        .WithEnvironment("REGISTRY_AUTH_HTPASSWD_REALM", "Registry Realm")
                        .WithEnvironment("REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd")
                        .WithBindMount(System.IO.Path.GetFullPath("registry-auth"), "/auth");
                    return builder.Build();
                }
            }
            """;

        await Container.CodeFix<AddHtpasswdAuthCodeFix>(source, fixedSource, Packages.Testcontainers,
            AddHtpasswdAuthCodeFix.EquivalenceKey,
            new[] { Container.Diagnostic("RCA0001").WithLocation(0), Container.Diagnostic("RCA0001").WithLocation(1) },
            Container.Diagnostic("RCA0200").WithLocation(0), Container.Diagnostic("RCA0200").WithLocation(1));
    }

    [Fact]
    public async Task Htpasswd_auth_on_an_aspire_registry_mounts_the_auth_folder_read_only()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", {|#0:"registry:2"|}).WithHttpEndpoint(targetPort: 5000);
                }
            }
            """;
        const string fixedSource = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("registry", "registry:2")
                        .{|#0:WithEnvironment("REGISTRY_AUTH", "htpasswd")|}
                        .WithEnvironment("REGISTRY_AUTH_HTPASSWD_REALM", "Registry Realm")
                        .WithEnvironment("REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd")
                        .WithBindMount("./registry-auth", "/auth", isReadOnly: true).WithHttpEndpoint(targetPort: 5000);
                }
            }
            """;

        await Container.CodeFix<AddHtpasswdAuthCodeFix>(source, fixedSource, Packages.Aspire,
            AddHtpasswdAuthCodeFix.EquivalenceKey,
            new[] { Container.Diagnostic("RCA0001").WithLocation(0) },
            Container.Diagnostic("RCA0200").WithLocation(0));
    }

    [Fact]
    public async Task Deletes_are_turned_off_on_each_registry_3_container()
    {
        const string source = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("one", {|#0:"registry:3"|});
                    builder.AddContainer("two", {|#1:"registry:3"|});
                }
            }
            """;
        const string fixedSource = """
            using Aspire.Hosting;

            class AppHost
            {
                void Build(IDistributedApplicationBuilder builder)
                {
                    builder.AddContainer("one", {|#0:"registry:3"|})
                        .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "false");
                    builder.AddContainer("two", {|#1:"registry:3"|})
                        .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "false");
                }
            }
            """;

        await Container.CodeFix<DisableDeleteCodeFix>(source, fixedSource, Packages.Aspire, DisableDeleteCodeFix.EquivalenceKey,
            new[]
            {
                Container.Diagnostic("RCA0001").WithLocation(0), Container.Diagnostic("RCA0003").WithLocation(0),
                Container.Diagnostic("RCA0400").WithLocation(0), Container.Diagnostic("RCA0001").WithLocation(1),
                Container.Diagnostic("RCA0003").WithLocation(1), Container.Diagnostic("RCA0400").WithLocation(1),
            },
            Container.Diagnostic("RCA0001").WithLocation(0), Container.Diagnostic("RCA0400").WithLocation(0),
            Container.Diagnostic("RCA0001").WithLocation(1), Container.Diagnostic("RCA0400").WithLocation(1));
    }
}
