using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>
/// A solution of projects that all check the same shared configs, built with several MSBuild
/// nodes at once: each project must report each finding once, and every build must print what a
/// build on one node prints.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ParallelBuildTests
{
    private const int ProjectCount = 8;

    private static readonly Dictionary<string, string> SharedConfigs = new()
    {
        ["open.yml"] = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: true
            http:
              addr: :5000
            """,
        ["team.yml"] = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /srv/registry
            auth:
              htpasswd:
                realm: team
                path: /auth/htpasswd
            http:
              addr: :5000
            """,
        ["mirror.yml"] = """
            version: 0.1
            storage:
              inmemory: {}
            proxy:
              remoteurl: https://upstream.example.test
              username: mirror
              password: mirror-secret
            http:
              addr: :5000
            """,
        ["production.yml"] = """
            version: 0.1
            storage:
              s3:
                region: eu-west-1
                bucket: images
            auth:
              token:
                realm: https://auth.example.test/token
                service: registry
                issuer: auth.example.test
                rootcertbundle: /certs/bundle.pem
            http:
              addr: :5000
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
            """,
    };

    private readonly PackedPackage _package;

    public ParallelBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void Parallel_builds_of_projects_sharing_configs_print_what_a_serial_build_prints()
    {
        var folder = Path.Combine(_package.Root, "consumers", "parallel");
        Directory.CreateDirectory(Path.Combine(folder, "shared"));
        foreach (var (name, text) in SharedConfigs)
        {
            File.WriteAllText(Path.Combine(folder, "shared", name), text);
        }

        var projects = Enumerable.Range(1, ProjectCount).Select(i => NewProject(folder, i)).ToList();
        var solution = Path.Combine(folder, "Parallel.slnx");
        var entries = projects.Select(p => $"  <Project Path=\"{Path.GetRelativePath(folder, p.ProjectFile)}\" />\n");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(entries) + "</Solution>\n");
        var expected = projects
            .SelectMany(p => new[] { "open.yml", "team.yml", "mirror.yml" }
                .SelectMany(name => Expected.Diagnostics(p, $"../shared/{name}"))
                .Select(line => Lowered(p) ? line.Replace(": error RCA", ": warning RCA") : line))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

        // The first build analyses every file on four nodes, the second replays the caches on four,
        // and the last analyses again on one node, the reference.
        var parallel = Build(folder, solution, "-m:4");
        var replayed = Build(folder, solution, "-m:4");
        foreach (var cache in Directory.GetFiles(folder, "RegistryConfigAnalyzers.cache", SearchOption.AllDirectories))
        {
            File.Delete(cache);
        }

        var serial = Build(folder, solution, "-m:1");

        foreach (var build in new[] { parallel, replayed, serial })
        {
            Assert.True(build.ExitCode != 0, build.ToString());
            Assert.Equal(expected, build.Diagnostics.OrderBy(line => line, StringComparer.Ordinal));
            Assert.DoesNotContain(build.Log, line => line.Contains("production.yml"));
            Assert.DoesNotContain(build.Log, line => line.Contains("RCA0900") || line.Contains("IOException")
                || line.Contains("being used by another process") || line.Contains("error MSB"));
        }

        // The projects with warnings only compiled, beside the others' checks.
        foreach (var project in projects.Where(Lowered))
        {
            var name = Path.GetFileNameWithoutExtension(project.ProjectFile);
            var output = Path.Combine(project.Directory, "bin", "Debug", PackedPackage.CurrentFramework, name + ".dll");
            Assert.True(File.Exists(output), output);
        }
    }

    private static bool Lowered(ConsumerProject project) =>
        File.Exists(Path.Combine(project.Directory, ".globalconfig"));

    /// <summary>
    /// A project that checks the shared configs. Even-numbered ones lower the errors to warnings, so
    /// they compile while the others fail; the one before the last builds two frameworks.
    /// </summary>
    private ConsumerProject NewProject(string folder, int number)
    {
        var name = $"Service{number}";
        var frameworks = number == ProjectCount - 1
            ? $"{PackedPackage.CurrentFramework};netstandard2.0"
            : PackedPackage.CurrentFramework;
        var project = new ConsumerProject(_package, Path.Combine(folder, name), name, frameworks)
            .WithProjectXml("""
                  <ItemGroup>
                    <AdditionalFiles Include="../shared/*.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);
        if (number % 2 == 0)
        {
            project.WithFile(".globalconfig", """
                is_global = true
                dotnet_diagnostic.RCA0001.severity = warning
                dotnet_diagnostic.RCA0003.severity = warning
                dotnet_diagnostic.RCA0004.severity = warning
                """);
        }

        return project;
    }

    private BuildResult Build(string folder, string solution, string nodes) =>
        new(DotNet.Run(folder, new Dictionary<string, string> { ["NUGET_PACKAGES"] = _package.Packages },
            "build", solution, "-nologo", "-tl:off", "--disable-build-servers", nodes,
            $"-p:RestorePackagesPath={_package.Packages}",
            $"-p:RestoreAdditionalProjectSources={_package.Feed}"));
}
