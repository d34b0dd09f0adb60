using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>Which AdditionalFiles the build checks, and as which registry version.</summary>
[Collection(PackageCollection.Name)]
public sealed class FileSelectionTests
{
    private const string NoAuthConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        """;

    /// <summary>Clean for registry 3; registry 2 ignores log.reportcaller (RCA0104).</summary>
    private const string ThreeOnlyKeyConfig = """
        version: 0.1
        log:
          reportcaller: true
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

    private const string WorkflowYaml = """
        name: build
        on: [push]
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
        """;

    private readonly PackedPackage _package;

    public FileSelectionTests(PackedPackage package) => _package = package;

    [Fact]
    public void Marked_files_and_detected_yaml_are_checked_opted_out_and_other_yaml_are_not()
    {
        var project = _package.NewProject("selection")
            .WithFile("deploy/registry.conf", NoAuthConfig)
            .WithFile("deploy/mirror.yaml", NoAuthConfig)
            .WithFile("deploy/opted-out.yml", NoAuthConfig)
            .WithFile(".github/workflows/ci.yml", WorkflowYaml)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="deploy/registry.conf" RegistryConfig="true" />
                    <AdditionalFiles Include="deploy/mirror.yaml" />
                    <AdditionalFiles Include="deploy/opted-out.yml" RegistryConfig="false" />
                    <AdditionalFiles Include=".github/workflows/ci.yml" />
                  </ItemGroup>
                """);
        var marked = Expected.Diagnostics(project, "deploy/registry.conf");
        var detected = Expected.Diagnostics(project, "deploy/mirror.yaml");

        var withDetection = project.Build();
        var withoutDetection = project.Build("--no-restore", "-p:RegistryConfigDetection=false");

        Assert.True(withDetection.ExitCode != 0, withDetection.ToString());
        Assert.Equal(marked.Concat(detected), withDetection.Diagnostics);
        Assert.Equal(marked, withoutDetection.Diagnostics);
    }

    [Fact]
    public void RegistryVersion_metadata_and_RegistryConfigVersion_choose_the_registry_that_reads_the_file()
    {
        var project = _package.NewProject("versions")
            .WithFile("registry/v2.yml", ThreeOnlyKeyConfig)
            .WithFile("registry/v3.yml", ThreeOnlyKeyConfig)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="registry/v2.yml" RegistryConfig="true" RegistryVersion="2" />
                    <AdditionalFiles Include="registry/v3.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var byDefault = project.Build();
        var projectOnTwo = project.Build("--no-restore", "-p:RegistryConfigVersion=2");

        Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
        Assert.Equal(Expected.Diagnostics(project, "registry/v2.yml", RegistryVersion.V2), byDefault.Diagnostics);
        Assert.Equal(new[] { "RCA0104" }, byDefault.Codes);
        Assert.Equal(2, projectOnTwo.Diagnostics.Count);
        Assert.All(projectOnTwo.Codes, code => Assert.Equal("RCA0104", code));
    }

    [Fact]
    public void Nothing_is_checked_in_a_design_time_build_or_with_RegistryConfigValidation_false()
    {
        var project = _package.NewProject("switched-off")
            .WithFile("registry.yml", NoAuthConfig)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="registry.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var designTime = project.Build("-t:Compile", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true",
            "-p:ProvideCommandLineArgs=true");
        var switchedOff = project.Build("--no-restore", "-p:RegistryConfigValidation=false");
        var normal = project.Build("--no-restore");

        Assert.True(designTime.ExitCode == 0, designTime.ToString());
        Assert.Empty(designTime.Diagnostics);
        Assert.True(switchedOff.ExitCode == 0, switchedOff.ToString());
        Assert.Empty(switchedOff.Diagnostics);
        Assert.Equal(Expected.Diagnostics(project, "registry.yml"), normal.Diagnostics);
    }
}
