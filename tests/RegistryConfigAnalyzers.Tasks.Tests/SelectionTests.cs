using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>Which files the task checks, and for which registry version.</summary>
public sealed class SelectionTests : IDisposable
{
    private const string RegistryConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        """;

    private const string OtherYaml = """
        name: build
        on: push
        jobs: {}
        """;

    private readonly TempFolder _folder = new();
    private readonly StandInEngine _engine = new();
    private readonly RecordingBuildEngine _log = new();

    [Fact]
    public void A_file_marked_RegistryConfig_true_is_checked_whatever_its_name()
    {
        var file = _folder.Write("deploy/registry.conf", OtherYaml);

        Run(StandInEngine.Item(file, "true"));

        Assert.Equal(new[] { file }, Analyzed());
        Assert.Empty(_engine.Detected);
    }

    [Theory]
    [InlineData("config.yml")]
    [InlineData("config.yaml")]
    [InlineData("CONFIG.YAML")]
    public void A_yaml_file_without_metadata_is_checked_when_it_looks_like_a_registry_config(string name)
    {
        var file = _folder.Write(name, RegistryConfig);

        Run(StandInEngine.Item(file));

        Assert.Equal(new[] { file }, Analyzed());
    }

    [Fact]
    public void A_yaml_file_that_is_no_registry_config_is_left_alone()
    {
        var file = _folder.Write(".github/workflows/build.yml", OtherYaml);

        Run(StandInEngine.Item(file));

        Assert.Equal(new[] { OtherYaml }, _engine.Detected);
        Assert.Empty(Analyzed());
        Assert.Equal("RegistryConfigAnalyzers checked 0 registry configs.", Assert.Single(_log.Messages).Message);
    }

    [Fact]
    public void RegistryConfig_false_opts_a_file_out_even_when_it_looks_like_one()
    {
        var file = _folder.Write("registry.yml", RegistryConfig);

        Run(StandInEngine.Item(file, "False"));

        Assert.Empty(_engine.Detected);
        Assert.Empty(Analyzed());
    }

    [Fact]
    public void With_detection_off_only_marked_files_are_checked()
    {
        var marked = _folder.Write("marked.yml", RegistryConfig);
        var unmarked = _folder.Write("unmarked.yml", RegistryConfig);

        Run(task => task.DetectConfigs = false, StandInEngine.Item(marked, "true"), StandInEngine.Item(unmarked));

        Assert.Equal(new[] { marked }, Analyzed());
        Assert.Empty(_engine.Detected);
    }

    [Fact]
    public void A_file_of_another_kind_without_metadata_is_not_even_read()
    {
        var json = _folder.Write("appsettings.json", RegistryConfig);

        Run(StandInEngine.Item(json), StandInEngine.Item(_folder.PathOf("missing.txt")));

        Assert.Empty(_engine.Detected);
        Assert.Empty(Analyzed());
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public void A_file_listed_twice_is_checked_once()
    {
        var file = _folder.Write("registry.yml", RegistryConfig);

        Run(StandInEngine.Item(file, "true"), StandInEngine.Item(file));

        Assert.Equal(new[] { file }, Analyzed());
    }

    [Fact]
    public void The_registry_version_is_3_unless_the_project_or_the_file_says_otherwise()
    {
        var plain = _folder.Write("plain.yml", RegistryConfig);
        var old = _folder.Write("old.yml", RegistryConfig);

        Run(StandInEngine.Item(plain, "true"), StandInEngine.Item(old, "true", registryVersion: "2"));

        Assert.Equal(new[] { RegistryVersion.V3, RegistryVersion.V2 }, _engine.Analyzed.Select(a => a.Version));
    }

    [Fact]
    public void The_file_metadata_wins_over_the_project_version()
    {
        var plain = _folder.Write("plain.yml", RegistryConfig);
        var pinned = _folder.Write("pinned.yml", RegistryConfig);

        Run(task => task.DefaultVersion = "2",
            StandInEngine.Item(plain, "true"), StandInEngine.Item(pinned, "true", registryVersion: "3"));

        Assert.Equal(new[] { RegistryVersion.V2, RegistryVersion.V3 }, _engine.Analyzed.Select(a => a.Version));
    }

    [Fact]
    public void An_unknown_registry_version_is_an_error_naming_the_file_and_the_others_are_checked()
    {
        var wrong = _folder.Write("wrong.yml", RegistryConfig);
        var right = _folder.Write("right.yml", RegistryConfig);

        var succeeded = Run(StandInEngine.Item(wrong, "true", registryVersion: "4"), StandInEngine.Item(right, "true"));

        Assert.False(succeeded);
        var error = Assert.Single(_log.Errors);
        Assert.Equal(wrong, error.File);
        Assert.Contains("RegistryVersion", error.Message);
        Assert.Equal(new[] { right }, Analyzed());
    }

    [Fact]
    public void A_RegistryConfig_value_other_than_true_or_false_is_an_error()
    {
        var file = _folder.Write("registry.yml", RegistryConfig);

        var succeeded = Run(StandInEngine.Item(file, "yes"));

        Assert.False(succeeded);
        Assert.Equal(file, Assert.Single(_log.Errors).File);
        Assert.Empty(Analyzed());
    }

    public void Dispose() => _folder.Dispose();

    private bool Run(params Microsoft.Build.Framework.ITaskItem[] files) => Run(_ => { }, files);

    private bool Run(Action<ValidateRegistryConfig> configure, params Microsoft.Build.Framework.ITaskItem[] files)
    {
        var task = _engine.CreateTask(_log, files);
        configure(task);
        return task.Execute();
    }

    private string[] Analyzed() => _engine.Analyzed.Select(a => a.Source).ToArray();
}
