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

    private (ConsumerProject Project, BuildResult Build) BuildWith(string name, string properties)
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
        return (project, project.Build());
    }
}
