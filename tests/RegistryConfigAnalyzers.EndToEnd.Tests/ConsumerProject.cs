using System.Collections.Generic;
using System.IO;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>A project in a temp folder that references the packed package, as a user's project would.</summary>
public sealed class ConsumerProject
{
    private readonly PackedPackage _package;
    private readonly string _targetFrameworks;

    internal ConsumerProject(PackedPackage package, string directory, string name, string targetFrameworks)
        : this(package, directory, name)
    {
        _targetFrameworks = targetFrameworks;
        System.IO.Directory.CreateDirectory(directory);
        // Block-scoped, so that netstandard2.0's C# 7.3 compiles it too.
        File.WriteAllText(Path.Combine(directory, "Library.cs"), """
            namespace Consumer
            {
                public static class Library
                {
                }
            }

            """);
        WithProjectXml("");
    }

    private ConsumerProject(PackedPackage package, string directory, string name)
    {
        _package = package;
        _targetFrameworks = "";
        Directory = directory;
        ProjectFile = Path.Combine(directory, name + ".csproj");
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <summary>A project whose files are already in place.</summary>
    internal static ConsumerProject Existing(PackedPackage package, string directory, string name) =>
        new(package, directory, name);

    public string PathOf(string relativePath) =>
        Path.GetFullPath(Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    public ConsumerProject WithFile(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes the project file: the package reference, then <paramref name="body"/>.</summary>
    public ConsumerProject WithProjectXml(string body)
    {
        var frameworkProperty = _targetFrameworks.Contains(';') ? "TargetFrameworks" : "TargetFramework";
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{frameworkProperty}>{_targetFrameworks}</{frameworkProperty}>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RegistryConfigAnalyzers" Version="{_package.Version}" />
              </ItemGroup>
            {body}
            </Project>
            """);
        return this;
    }

    /// <summary>Runs <c>dotnet build</c> on the project with the console logger a CI log shows.</summary>
    public BuildResult Build(params string[] arguments) => BuildWith(new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>dotnet build</c> with extra environment variables.</summary>
    public BuildResult BuildWith(Dictionary<string, string> environment, params string[] arguments)
    {
        var all = new List<string>
        {
            "build", ProjectFile, "-nologo", "-tl:off", "--disable-build-servers",
            $"-p:RestorePackagesPath={_package.Packages}",
            $"-p:RestoreAdditionalProjectSources={_package.Feed}",
        };
        all.AddRange(arguments);
        environment = new Dictionary<string, string>(environment) { ["NUGET_PACKAGES"] = _package.Packages };
        return new BuildResult(DotNet.Run(Directory, environment, all.ToArray()));
    }
}
