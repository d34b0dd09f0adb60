using System.IO;
using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>
/// A Testcontainers registry in C# that mounts a config file of the project: the build check
/// reports what the file says, the analyzers what the code changes about it, each once.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeBesideConfigTests
{
    private const string ProjectItems = """
          <ItemGroup>
            <PackageReference Include="Testcontainers" Version="4.17.0" />
            <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
          </ItemGroup>
        """;

    /// <summary>htpasswd without TLS: a warning of the file itself, and no error to stop the build.</summary>
    private const string HtpasswdConfig = """
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
        """;

    private readonly PackedPackage _package;

    public CodeBesideConfigTests(PackedPackage package) => _package = package;

    [Fact]
    public void Variables_that_open_the_mounted_config_fail_the_build_at_their_lines()
    {
        var project = _package.NewProject("fixture-open")
            .WithFile("registry/config.yml", HtpasswdConfig)
            .WithFile("Fixture.cs", """
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                namespace Consumer;

                public static class Fixture
                {
                    public static IContainer Registry() => new ContainerBuilder("registry:3")
                        .WithResourceMapping(new System.IO.FileInfo("registry/config.yml"),
                            new System.IO.FileInfo("/etc/distribution/config.yml"))
                        .WithEnvironment("REGISTRY_AUTH", "")
                        .WithEnvironment("REGISTRY_STORAGE_DELETE_ENABLED", "true")
                        .WithPortBinding(5000, 5000)
                        .Build();
                }

                """)
            .WithProjectXml(ProjectItems);

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        var config = Expected.Diagnostics(project, "registry/config.yml");
        Assert.Equal(config, build.Diagnostics.Take(config.Count));
        var fixture = project.PathOf("Fixture.cs");
        Assert.Equal(
            new[]
            {
                $"{fixture}(11,10): error RCA0001",
                $"{fixture}(12,10): error RCA0003",
                $"{fixture}(13,10): warning RCA0500",
            },
            build.Headers.Skip(config.Count).OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.Contains("`REGISTRY_AUTH=` with an empty value clears the auth section",
            build.Diagnostics.Single(d => d.Contains(" RCA0001: ")));
        Assert.Equal($"{project.PathOf("registry/config.yml")}(6,3): warning RCA0200",
            Assert.Single(build.Headers.Take(config.Count)));
    }

    [Fact]
    public void A_fixture_with_only_warnings_builds_and_shows_both_kinds_of_findings_once()
    {
        var project = _package.NewProject("fixture-warnings")
            .WithFile("registry/config.yml", HtpasswdConfig)
            .WithFile("Fixture.cs", """
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                namespace Consumer;

                public static class Fixture
                {
                    public static IContainer Registry() => new ContainerBuilder("registry:3")
                        .WithResourceMapping(new System.IO.FileInfo("registry/config.yml"),
                            new System.IO.FileInfo("/etc/distribution/config.yml"))
                        .WithEnvironment("REGISTRY_HTTP_SECRET", "s3cr3t-for-the-upload-state")
                        .WithPortBinding(5000, true)
                        .Build();
                }

                """)
            .WithProjectXml(ProjectItems);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var config = project.PathOf("registry/config.yml");
        var fixture = project.PathOf("Fixture.cs");
        Assert.Equal($"{config}(6,3): warning RCA0200", build.Headers.First());
        Assert.Equal(
            new[]
            {
                $"{fixture}(11,10): warning RCA0301",
                $"{fixture}(11,50): warning RCA0502",
                $"{fixture}(12,10): warning RCA0500",
            },
            build.Headers.Skip(1).OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", PackedPackage.CurrentFramework,
            "fixture-warnings.dll")), build.ToString());
    }
}
