using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>
/// The package as <c>dotnet pack</c> makes it from this repository, packed once per test run into a
/// temp folder. Consumers restore it into a packages folder of their own, so no copy left by an
/// earlier run can stand in for it.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "rca-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);

        // Its own artifacts folder keeps this pack apart from the build that runs the tests.
        var pack = DotNet.Run(RepositoryRoot, new Dictionary<string, string>(),
            "pack", Path.Combine(RepositoryRoot, "RegistryConfigAnalyzers.sln"), "-c", "Release",
            "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), "--disable-build-servers");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed:\n{pack.Output}");
        }

        // The solution packs other packages too (the command-line tool); ours is the one whose
        // name goes straight on to the version.
        NupkgPath = Directory.GetFiles(Feed, "RegistryConfigAnalyzers.*.nupkg")
            .Single(p => char.IsDigit(Path.GetFileName(p)["RegistryConfigAnalyzers.".Length]));
        Version = Path.GetFileNameWithoutExtension(NupkgPath).Substring("RegistryConfigAnalyzers.".Length);

        // Empty files at the top stop MSBuild and NuGet from looking further up for settings.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The target framework of the running runtime, which the installed SDK can build.</summary>
    public static string CurrentFramework { get; } = $"net{Environment.Version.Major}.0";

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string NupkgPath { get; }

    public string Version { get; }

    public ConsumerProject NewProject(string name, string? targetFrameworks = null) =>
        new(this, Path.Combine(Root, "consumers", name), name, targetFrameworks ?? CurrentFramework);

    /// <summary>Copies an existing project folder (without bin and obj) to build it against the package.</summary>
    public ConsumerProject CopyProject(string sourceFolder, string name)
    {
        var target = Path.Combine(Root, "consumers", name);
        foreach (var file in Directory.GetFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceFolder, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        return ConsumerProject.Existing(this, target, name);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leave it to the temp folder's own clean-up.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RegistryConfigAnalyzers.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run from inside the repository.");
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    // One collection for all end-to-end tests: one pack, and builds one after another on a small machine.
    public const string Name = "packed package";
}
