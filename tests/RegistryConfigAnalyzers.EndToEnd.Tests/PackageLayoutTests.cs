using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedPackage _package;

    public PackageLayoutTests(PackedPackage package) => _package = package;

    [Fact]
    public void The_package_holds_the_build_files_both_tasks_and_the_analyzers_and_nothing_else()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);

        var files = zip.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/") && !name.StartsWith("package/") && name != "[Content_Types].xml")
            .OrderBy(name => name, System.StringComparer.Ordinal);

        Assert.Equal(new[]
        {
            "LICENSE",
            "README.md",
            "RegistryConfigAnalyzers.nuspec",
            "analyzers/dotnet/cs/RegistryConfigAnalyzers.Analyzers.dll",
            "analyzers/dotnet/cs/RegistryConfigAnalyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/RegistryConfigAnalyzers.Engine.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/RegistryConfigAnalyzers.props",
            "build/RegistryConfigAnalyzers.targets",
            "buildMultiTargeting/RegistryConfigAnalyzers.props",
            "buildMultiTargeting/RegistryConfigAnalyzers.targets",
            "tasks/net472/RegistryConfigAnalyzers.Engine.dll",
            "tasks/net472/RegistryConfigAnalyzers.Tasks.dll",
            "tasks/net472/YamlDotNet.dll",
            "tasks/net8.0/RegistryConfigAnalyzers.Engine.dll",
            "tasks/net8.0/RegistryConfigAnalyzers.Tasks.deps.json",
            "tasks/net8.0/RegistryConfigAnalyzers.Tasks.dll",
            "tasks/net8.0/YamlDotNet.dll",
        }, files);
    }

    [Fact]
    public void The_package_is_a_development_dependency_without_dependencies_under_MIT()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        using var nuspec = zip.GetEntry("RegistryConfigAnalyzers.nuspec")!.Open();

        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("RegistryConfigAnalyzers", Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
    }

    [Fact]
    public void No_MSBuild_assembly_ships_with_the_tasks()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);

        Assert.DoesNotContain(zip.Entries, e => Path.GetFileName(e.FullName).StartsWith("Microsoft.Build"));
    }
}
