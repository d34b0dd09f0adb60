using System.Collections.Generic;
using System.IO;
using Xunit;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>
/// Another task in the same build loads an older YamlDotNet first. On .NET, MSBuild gives each
/// task assembly a load context of its own, so both tasks get the version they ship. MSBuild's
/// switch to one shared load context shows that the clash is real without that isolation.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TaskIsolationTests
{
    private const string OtherYamlDotNet = "13.7.1";

    private readonly PackedPackage _package;

    public TaskIsolationTests(PackedPackage package) => _package = package;

    [Fact]
    public void A_task_with_another_YamlDotNet_in_the_same_build_does_not_disturb_the_check()
    {
        var project = ProjectWithOtherTaskFirst("isolated");

        var build = project.Build();

        Assert.Contains(build.Log, line => line.Contains("read registry.yml with YamlDotNet 13.0.0.0"));
        Assert.Equal(Expected.Diagnostics(project, "registry.yml"), build.Diagnostics);
        Assert.DoesNotContain("RCA0900", build.Codes);
    }

    [Fact]
    public void Without_load_context_isolation_the_check_degrades_to_RCA0900_instead_of_breaking_the_build()
    {
        var project = ProjectWithOtherTaskFirst("shared-context");

        var build = project.BuildWith(new() { ["MSBUILDSINGLELOADCONTEXT"] = "1" });

        Assert.Contains(build.Log, line => line.Contains("read registry.yml with YamlDotNet 13.0.0.0"));
        var warning = Assert.Single(build.Diagnostics);
        Assert.Contains("warning RCA0900: ", warning);
        Assert.Contains("YamlDotNet, Version=16.0.0.0", warning);
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    private ConsumerProject ProjectWithOtherTaskFirst(string name)
    {
        var otherTask = OtherTask();
        return _package.NewProject(name)
            .WithFile("registry.yml", """
                version: 0.1
                storage:
                  inmemory: {}
                http:
                  addr: :5000
                """)
            .WithProjectXml($"""
                  <UsingTask TaskName="ParseYamlWithOldVersion" AssemblyFile="{otherTask}" />
                  <Target Name="ParseFirst" BeforeTargets="RegistryConfigValidate">
                    <ParseYamlWithOldVersion File="registry.yml" />
                  </Target>
                  <ItemGroup>
                    <AdditionalFiles Include="registry.yml" RegistryConfig="true" />
                  </ItemGroup>
                """);
    }

    private string OtherTask()
    {
        var folder = Path.Combine(_package.Root, "other-task");
        var assembly = Path.Combine(folder, "out", "OtherTask.dll");
        if (File.Exists(assembly))
        {
            return assembly;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "OtherTask.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Build.Utilities.Core" Version="17.11.48" ExcludeAssets="runtime" />
                <PackageReference Include="YamlDotNet" Version="{OtherYamlDotNet}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "ParseYamlWithOldVersion.cs"), """
            using System.IO;
            using Microsoft.Build.Framework;
            using YamlDotNet.RepresentationModel;

            public sealed class ParseYamlWithOldVersion : Microsoft.Build.Utilities.Task
            {
                public string File { get; set; } = "";

                public override bool Execute()
                {
                    new YamlStream().Load(new StringReader(System.IO.File.ReadAllText(File)));
                    var version = typeof(YamlStream).Assembly.GetName().Version;
                    Log.LogMessage(MessageImportance.High, $"read {File} with YamlDotNet {version}");
                    return true;
                }
            }
            """);

        // The default packages folder is fine here: only our own package must never come from a cache.
        var build = DotNet.Run(folder, new Dictionary<string, string>(),
            "build", "-c", "Release", "-nologo", "-tl:off", "--disable-build-servers",
            "-o", Path.Combine(folder, "out"));
        Assert.True(build.ExitCode == 0, build.Output);
        return assembly;
    }
}
