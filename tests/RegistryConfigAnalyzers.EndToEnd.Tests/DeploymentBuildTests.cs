using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>A compose file among the project's files is judged as the registry it starts.</summary>
[Collection(PackageCollection.Name)]
public sealed class DeploymentBuildTests
{
    /// <summary>Secure on its own: htpasswd over TLS.</summary>
    private const string MountedConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        auth:
          htpasswd:
            realm: team
            path: /auth/htpasswd
        http:
          addr: :5000
          tls:
            certificate: /certs/tls.crt
            key: /certs/tls.key
        """;

    private const string ComposeClearingAuth = """
        services:
          registry:
            image: registry:2
            ports:
              - "127.0.0.1:5000:5000"
            environment:
              REGISTRY_AUTH: ""
              REGISTRY_LOG_LEVEL: info
            volumes:
              - ./registry/config.yml:/etc/docker/registry/config.yml:ro
        """;

    private readonly PackedPackage _package;

    public DeploymentBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void An_empty_REGISTRY_AUTH_fails_the_build_at_the_environment_entry_and_each_finding_shows_once()
    {
        var project = _package.NewProject("compose-auth")
            .WithFile("registry/config.yml", MountedConfig)
            .WithFile("docker-compose.yml", ComposeClearingAuth)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="docker-compose.yml" />
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(Expected.DeploymentDiagnostics(project, "docker-compose.yml"), build.Diagnostics);
        Assert.Equal(build.Diagnostics.Count, build.Diagnostics.Distinct().Count());
        var compose = project.PathOf("docker-compose.yml");
        Assert.Contains(build.OfKind("error"), d => d == ("RCA0001", $"{compose}(7,7)"));
        Assert.Single(build.CodesOf("error"), "RCA0001");
    }

    [Fact]
    public void The_same_config_without_the_compose_file_builds_clean()
    {
        var project = _package.NewProject("compose-opted-out")
            .WithFile("registry/config.yml", MountedConfig)
            .WithFile("docker-compose.yml", ComposeClearingAuth)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="docker-compose.yml" RegistryConfig="false" />
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("RCA0001", build.Codes);
    }
}
