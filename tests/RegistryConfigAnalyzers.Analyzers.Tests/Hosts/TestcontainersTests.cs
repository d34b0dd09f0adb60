using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryContainerAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Hosts;

public class TestcontainersTests
{
    [Fact]
    public async Task A_bare_registry_3_runs_the_image_config_open_with_deletes_and_a_debug_server()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder({|#0:"registry:3.1.1"|}).WithPortBinding(5000, true).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0003").WithLocation(0),
            Verifier.Diagnostic("RCA0400").WithLocation(0));
    }

    [Fact]
    public async Task An_image_without_a_tag_is_judged_as_registry_3_and_says_so()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder()
                    .WithImage({|#0:"registry"|})
                    .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "false")
                    .WithEnvironment("REGISTRY_HTTP_DEBUG_ADDR", "127.0.0.1:5001")
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers,
            Verifier.Diagnostic("RCA0001").WithLocation(0).WithMessage(
                "The registry serves pulls and pushes to anyone without credentials: the registry:3 image's own config " +
                "has no auth section (the tag of 'registry' names no major version, so registry 3, today's latest, is assumed)"));
    }

    [Fact]
    public async Task Htpasswd_variables_close_the_registry_and_only_the_missing_tls_is_left()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:2")
                    .{|#0:WithEnvironment("REGISTRY_AUTH", "htpasswd")|}
                    .WithEnvironment("REGISTRY_AUTH_HTPASSWD_REALM", "Registry Realm")
                    .WithEnvironment("REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd")
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0200").WithLocation(0));
    }

    [Fact]
    public async Task Silly_auth_is_reported_where_it_is_set()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder({|#1:"registry:2.8.3"|})
                    .{|#0:WithEnvironment("REGISTRY_AUTH_SILLY_REALM", "realm")|}
                    .WithEnvironment("REGISTRY_AUTH_SILLY_SERVICE", "registry")
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0002").WithLocation(0));
    }

    [Fact]
    public async Task An_empty_auth_variable_removes_the_auth_of_a_mounted_config()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:2")
                    .WithBindMount("config/registry.yml", "/etc/docker/registry/config.yml")
                    .{|#0:WithEnvironment("REGISTRY_AUTH", "")|}
                    .Build();
            }
            """;
        const string config = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              addr: :5000
            auth:
              htpasswd:
                realm: Registry Realm
                path: /auth/htpasswd
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, new[] { ("/src/config/registry.yml", config) },
            Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task A_mounted_config_from_the_project_replaces_the_image_defaults()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:3")
                    .WithResourceMapping(new System.IO.FileInfo("registry.yml"), new System.IO.FileInfo("/etc/distribution/config.yml"))
                    .Build();
            }
            """;
        const string config = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              addr: :5000
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
            auth:
              htpasswd:
                realm: Registry Realm
                path: /auth/htpasswd
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, new[] { ("/src/registry.yml", config) });
    }

    [Fact]
    public async Task A_config_the_analyzer_cannot_read_leaves_only_what_the_variables_say()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start(string config) => new ContainerBuilder("registry:3")
                    .WithBindMount(config, "/etc/distribution/config.yml")
                    .{|#0:WithEnvironment("REGISTRY_AUTH", "none")|}
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task Variables_from_a_parameter_may_add_auth_so_the_image_defaults_are_not_judged()
    {
        const string source = """
            using System.Collections.Generic;
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start(IReadOnlyDictionary<string, string> environment) => new ContainerBuilder("registry:3")
                    .WithEnvironment(environment)
                    .Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task A_command_that_points_at_another_config_hides_the_image_defaults()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("registry:3").WithCommand("/custom/config.yml").Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }

    [Fact]
    public async Task Reassigned_builders_are_followed_and_the_last_assignment_counts()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;

            static class Images
            {
                public const string Registry = "registry:3";
            }

            class Fixture
            {
                object Start()
                {
                    var builder = new ContainerBuilder({|#0:Images.Registry|});
                    builder = builder.WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "false");
                    builder = builder.WithEnvironment("REGISTRY_HTTP_DEBUG_ADDR", "localhost:5001");
                    return builder.Build();
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Fact]
    public async Task A_docker_image_object_is_read_from_its_parts()
    {
        const string source = """
            using DotNet.Testcontainers.Builders;
            using DotNet.Testcontainers.Images;

            class Fixture
            {
                object Start() => new ContainerBuilder({|#0:new DockerImage("library/registry", "mirror.example.com", "2")|}).Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers, Verifier.Diagnostic("RCA0001").WithLocation(0));
    }

    [Theory]
    [InlineData("ghcr.io/project-zot/zot-linux-amd64:v2.0.0")]
    [InlineData("apicurio/apicurio-registry-mem:2.4.2.Final")]
    [InlineData("registry.example.com/team/app:3")]
    public async Task Look_alike_images_are_silent(string image)
    {
        var source = $$"""
            using DotNet.Testcontainers.Builders;

            class Fixture
            {
                object Start() => new ContainerBuilder("{{image}}").WithEnvironment("REGISTRY_AUTH", "silly").Build();
            }
            """;

        await Verifier.Analyzer(source, Packages.Testcontainers);
    }
}
