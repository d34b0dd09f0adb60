using System;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>The samples in the repository behave as the README says.</summary>
[Collection(PackageCollection.Name)]
public sealed class SampleTests
{
    private readonly PackedPackage _package;

    public SampleTests(PackedPackage package) => _package = package;

    [Fact]
    public void The_insecure_sample_fails_with_RCA0001_and_RCA0003_at_their_lines()
    {
        var (project, build) = BuildSample("InsecureRegistry");

        Assert.True(build.ExitCode != 0, build.ToString());
        var config = project.PathOf("deploy/registry/config.yml");
        Assert.Equal(Expected.Diagnostics(project, "deploy/registry/config.yml"), build.Diagnostics);
        Assert.Equal(2, build.Diagnostics.Count);
        Assert.StartsWith($"{config}(3,1): error RCA0001: ", build.Diagnostics[0]);
        Assert.StartsWith($"{config}(11,14): error RCA0003: ", build.Diagnostics[1]);
    }

    [Fact]
    public void The_compose_sample_fails_with_RCA0001_where_its_environment_clears_the_mounted_auth()
    {
        var (project, build) = BuildSample("ComposeRegistry");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(Expected.DeploymentDiagnostics(project, "docker-compose.yml"), build.Diagnostics);
        Assert.Equal(build.Diagnostics.Count, build.Diagnostics.Distinct().Count());
        var compose = project.PathOf("docker-compose.yml");
        Assert.Contains(build.OfKind("error"), d => d == ("RCA0001", $"{compose}(10,9)"));
        Assert.Single(build.CodesOf("error"), "RCA0001");
    }

    [Fact]
    public void The_kubernetes_sample_fails_where_the_pods_environment_clears_auth_and_turns_deletes_on()
    {
        var (project, build) = BuildSample("KubernetesRegistry");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(Expected.DeploymentDiagnostics(project, "k8s/registry.yaml"), build.Diagnostics);
        Assert.Equal(build.Diagnostics.Count, build.Diagnostics.Distinct().Count());
        var manifest = project.PathOf("k8s/registry.yaml");
        Assert.Equal(new[] { ("RCA0001", $"{manifest}(44,15)"), ("RCA0003", $"{manifest}(46,15)") },
            build.OfKind("error"));
    }

    [Fact]
    public void The_fixed_sample_builds_clean()
    {
        var (project, build) = BuildSample("FixedRegistry");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(build.Diagnostics);
        Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", PackedPackage.CurrentFramework,
            "FixedRegistry.dll")), build.ToString());
    }

    [Fact]
    public void The_aspire_app_host_fails_on_the_image_and_the_external_endpoint()
    {
        var (project, build) = BuildSample("AspireAppHost");

        Assert.True(build.ExitCode != 0, build.ToString());
        var program = project.PathOf("Program.cs");
        Assert.Equal(
            new[]
            {
                $"{program}(7,34): error RCA0001",
                $"{program}(7,34): error RCA0003",
                $"{program}(7,34): warning RCA0400",
                $"{program}(9,6): error RCA0501",
            },
            build.Headers.OrderBy(h => h, StringComparer.Ordinal));
    }

    [Fact]
    public void The_test_fixture_shows_the_config_file_findings_and_the_code_findings_once_each()
    {
        var (project, build) = BuildSample("RegistryTestFixture");

        Assert.True(build.ExitCode != 0, build.ToString());
        var expected = Expected.Diagnostics(project, "registry/config.yml", RegistryVersion.V2);
        Assert.Equal(expected, build.Diagnostics.Take(expected.Count));
        var config = project.PathOf("registry/config.yml");
        Assert.Equal(new[] { $"{config}(9,3): warning RCA0200", $"{config}(14,3): warning RCA0100" },
            build.Headers.Take(expected.Count));
        var fixture = project.PathOf("RegistryFixture.cs");
        Assert.Equal(
            new[]
            {
                $"{fixture}(16,10): error RCA0001",
                $"{fixture}(17,10): error RCA0003",
                $"{fixture}(18,10): warning RCA0500",
            },
            build.Headers.Skip(expected.Count).OrderBy(h => h, StringComparer.Ordinal));
    }

    private (ConsumerProject Project, BuildResult Build) BuildSample(string name)
    {
        var source = Path.Combine(PackedPackage.RepositoryRoot, "samples", name);
        var project = _package.CopyProject(source, name);
        return (project, project.Build($"-p:SamplePackageVersion={_package.Version}"));
    }
}
