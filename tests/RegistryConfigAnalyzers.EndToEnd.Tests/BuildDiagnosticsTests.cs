using System.IO;
using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public sealed class BuildDiagnosticsTests
{
    private const string InsecureConfig = """
        # The team registry: plain HTTP behind the office firewall.
        version: 0.1
        log:
          level: info
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
          delete:
            enabled: true
        http:
          addr: :5000
        """;

    /// <summary>Only warnings: htpasswd without TLS, and a misspelt key.</summary>
    private const string WarningsOnlyConfig = """
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
          hedaers:
            X-Content-Type-Options: [nosniff]
        """;

    private readonly PackedPackage _package;

    public BuildDiagnosticsTests(PackedPackage package) => _package = package;

    [Fact]
    public void An_insecure_config_fails_the_build_with_each_finding_printed_once_in_canonical_form()
    {
        var project = _package.NewProject("insecure")
            .WithFile("deploy/registry.yml", InsecureConfig)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="deploy/registry.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        var config = project.PathOf("deploy/registry.yml");
        Assert.Equal(Expected.Diagnostics(project, "deploy/registry.yml"), build.Diagnostics);
        Assert.Equal(
            $"{config}(2,1): error RCA0001: The registry serves pulls and pushes to anyone without credentials: "
            + $"the config has no auth section [{project.ProjectFile}]",
            build.Diagnostics[0]);
        Assert.StartsWith($"{config}(9,14): error RCA0003: ", build.Diagnostics[1]);
        Assert.False(File.Exists(Path.Combine(project.Directory, "bin", "Debug", PackedPackage.CurrentFramework,
            "insecure.dll")), "an error must stop the build before it compiles");
    }

    [Fact]
    public void A_second_build_without_changes_still_shows_the_warnings_and_an_edit_is_seen()
    {
        var project = _package.NewProject("rebuild")
            .WithFile("registry/config.yml", WarningsOnlyConfig)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);
        var expected = Expected.Diagnostics(project, "registry/config.yml");

        var first = project.Build();
        var second = project.Build("--no-restore");
        project.WithFile("registry/config.yml", WarningsOnlyConfig.Replace("hedaers", "headers"));
        var afterEdit = project.Build("--no-restore");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(new[] { "RCA0200", "RCA0100" }, first.Codes);
        Assert.Equal(expected, first.Diagnostics);
        Assert.Equal(expected, second.Diagnostics);
        Assert.Equal(new[] { "RCA0200" }, afterEdit.Codes);
        Assert.True(File.Exists(Path.Combine(project.Directory, "obj", "Debug", PackedPackage.CurrentFramework,
            "RegistryConfigAnalyzers.cache")), "the findings are kept for the next build");
    }

    [Fact]
    public void A_multi_targeting_project_reports_each_finding_once_and_builds_every_framework()
    {
        var frameworks = $"{PackedPackage.CurrentFramework};netstandard2.0";
        var project = _package.NewProject("multi", frameworks)
            .WithFile("registry/config.yml", WarningsOnlyConfig)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(Expected.Diagnostics(project, "registry/config.yml"), build.Diagnostics);
        foreach (var framework in frameworks.Split(';'))
        {
            var output = Path.Combine(project.Directory, "bin", "Debug", framework, "multi.dll");
            Assert.True(File.Exists(output), framework);
        }
    }

    [Fact]
    public void A_multi_targeting_project_with_errors_fails_once_even_for_a_single_framework()
    {
        var project = _package.NewProject("multi-errors", $"{PackedPackage.CurrentFramework};netstandard2.0")
            .WithFile("registry/config.yml", InsecureConfig)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);
        var expected = Expected.Diagnostics(project, "registry/config.yml");

        var all = project.Build();
        var one = project.Build("--no-restore", "-f", "netstandard2.0");

        Assert.True(all.ExitCode != 0, all.ToString());
        Assert.Equal(expected, all.Diagnostics);
        Assert.True(one.ExitCode != 0, one.ToString());
        Assert.Equal(expected, one.Diagnostics);
        Assert.DoesNotContain(all.Log, line => line.Contains("MSB4181"));
    }

    [Fact]
    public void Info_findings_are_messages_with_their_code_shown_at_normal_verbosity()
    {
        var project = _package.NewProject("template")
            .WithFile("chart/registry.yml", """
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: {{ .Values.storage.root }}
                """)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="chart/registry.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var minimal = project.Build();
        var normal = project.Build("--no-restore", "-v:n");

        Assert.True(minimal.ExitCode == 0, minimal.ToString());
        Assert.Empty(minimal.Diagnostics);
        var message = Assert.Single(normal.Diagnostics);
        Assert.StartsWith($"{project.PathOf("chart/registry.yml")}(4,20): message RCA0901: ", message);
    }

    [Fact]
    public void The_summary_line_is_logged_at_low_importance_only()
    {
        var project = _package.NewProject("summary")
            .WithFile("registry/config.yml", WarningsOnlyConfig)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);

        var normal = project.Build("-v:n");
        var detailed = project.Build("--no-restore", "-v:d");

        Assert.DoesNotContain(normal.Log, line => line.Contains("checked 1 registry config"));
        Assert.Contains(detailed.Log, line => line.Contains("RegistryConfigAnalyzers checked 1 registry config."));
        Assert.Equal(2, normal.Diagnostics.Count(d => d.Contains("RCA0")));
    }
}
