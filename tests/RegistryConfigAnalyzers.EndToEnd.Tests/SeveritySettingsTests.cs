using System.IO;
using System.Text.Json;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>The project's NoWarn and warnings-as-errors settings act on the package's findings.</summary>
[Collection(PackageCollection.Name)]
public sealed class SeveritySettingsTests
{
    /// <summary>Two warnings: RCA0200 (htpasswd without TLS) at line 6, RCA0100 (a misspelt key) at line 11.</summary>
    private const string Config = """
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

    public SeveritySettingsTests(PackedPackage package) => _package = package;

    [Fact]
    public void NoWarn_silences_a_rule()
    {
        var (project, build) = BuildWith("nowarn", "<NoWarn>$(NoWarn);RCA0100</NoWarn>");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { ("RCA0200", project.PathOf("registry/config.yml") + "(6,3)") },
            build.OfKind("warning"));
        Assert.Empty(build.OfKind("error"));
    }

    [Fact]
    public void WarningsAsErrors_fails_the_build_on_the_listed_rule_only()
    {
        var (project, build) = BuildWith("aserror", "<WarningsAsErrors>$(WarningsAsErrors);RCA0100</WarningsAsErrors>");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { ("RCA0100", project.PathOf("registry/config.yml") + "(11,3)") },
            build.OfKind("error"));
        Assert.Equal(new[] { "RCA0200" }, build.CodesOf("warning"));
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_the_build_on_every_rule_but_WarningsNotAsErrors()
    {
        var (_, build) = BuildWith("treat", """
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>RCA0200</WarningsNotAsErrors>
            """);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { "RCA0100" }, build.CodesOf("error"));
        Assert.Equal(new[] { "RCA0200" }, build.CodesOf("warning"));
    }

    [Fact]
    public void A_globalconfig_turns_one_rule_off_and_another_into_an_error()
    {
        var (project, build) = BuildWith("globalconfig", "", ".globalconfig", """
            is_global = true
            dotnet_diagnostic.RCA0200.severity = none
            dotnet_diagnostic.RCA0100.severity = error
            """);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { ("RCA0100", project.PathOf("registry/config.yml") + "(11,3)") },
            build.OfKind("error"));
        Assert.Empty(build.OfKind("warning"));
    }

    [Fact]
    public void A_multi_targeting_project_reads_its_globalconfig_and_editorconfig()
    {
        // The check runs once for all target frameworks, outside the builds that find these files.
        var project = _package.NewProject("multiconfig", $"{PackedPackage.CurrentFramework};netstandard2.0")
            .WithFile("registry/config.yml", Config)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """)
            .WithFile(".globalconfig", """
                is_global = true
                dotnet_diagnostic.RCA0100.severity = error
                """)
            .WithFile(".editorconfig", """
                root = true

                [registry/**.yml]
                dotnet_diagnostic.RCA0200.severity = none
                """);

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { ("RCA0100", project.PathOf("registry/config.yml") + "(11,3)") },
            build.OfKind("error"));
        Assert.Empty(build.OfKind("warning"));
    }

    [Fact]
    public void An_editorconfig_section_matching_the_config_file_sets_its_severity()
    {
        var (_, build) = BuildWith("editorconfig", "", ".editorconfig", """
            root = true

            [registry/**.yml]
            dotnet_diagnostic.RCA0200.severity = error

            [*.cs]
            dotnet_diagnostic.RCA0100.severity = error
            """);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { "RCA0200" }, build.CodesOf("error"));
        Assert.Equal(new[] { "RCA0100" }, build.CodesOf("warning"));
    }

    [Fact]
    public void An_editorconfig_in_the_config_s_own_folder_sets_its_severity()
    {
        // No C# file lies below registry/, so the compiler never lists this file; the check finds it.
        var (_, build) = BuildWith("configfolder", "", "registry/.editorconfig", """
            [*.yml]
            dotnet_diagnostic.RCA0200.severity = error
            """);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { "RCA0200" }, build.CodesOf("error"));
        Assert.Equal(new[] { "RCA0100" }, build.CodesOf("warning"));
    }

    [Fact]
    public void RegistryConfigSarifFile_writes_the_findings_as_SARIF()
    {
        var (project, build) = BuildWith("sarif", """
            <RegistryConfigSarifFile>obj/registry-config.sarif</RegistryConfigSarifFile>
                <NoWarn>$(NoWarn);RCA0100</NoWarn>
            """);

        Assert.True(build.ExitCode == 0, build.ToString());
        using var log = JsonDocument.Parse(File.ReadAllText(project.PathOf("obj/registry-config.sarif")));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = log.RootElement.GetProperty("runs")[0];
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("RCA0200", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("registry/config.yml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(6, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
            rule => rule.GetProperty("id").GetString() == "RCA0200");
    }

    private (ConsumerProject Project, BuildResult Build) BuildWith(string name, string properties,
        string? configFile = null, string configText = "")
    {
        var project = _package.NewProject(name)
            .WithFile("registry/config.yml", Config)
            .WithProjectXml($"""
                  <PropertyGroup>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <AdditionalFiles Include="registry/config.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);
        if (configFile is not null)
        {
            project.WithFile(configFile, configText);
        }

        return (project, project.Build());
    }
}
