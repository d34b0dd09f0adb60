using System;
using System.IO;
using Microsoft.Build.Utilities;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>
/// Rule severities from <c>.editorconfig</c> and <c>.globalconfig</c> act on config-file findings as they act
/// on the compiler's diagnostics.
/// </summary>
public sealed class AnalyzerConfigSeverityTests : IDisposable
{
    private const string Config = """
        version: 0.1
        log:
          level: debug
        storage:
          inmemory: {}
        """;

    private readonly TempFolder _folder = new();
    private readonly RecordingBuildEngine _log = new();
    private readonly StandInEngine _engine = new StandInEngine()
        .Reports(RuleIds.AnonymousAccess, FindingSeverity.Error, "storage")
        .Reports(RuleIds.UnknownKey, FindingSeverity.Warning, "level")
        .Reports(RuleIds.Template, FindingSeverity.Info, "version");

    [Fact]
    public void A_global_config_sets_the_severity_of_a_rule_in_every_file()
    {
        var task = TaskFor("deploy/registry.yml");
        task.EditorConfigFiles = Items(_folder.Write(".globalconfig", """
            is_global = true
            dotnet_diagnostic.RCA0001.severity = none
            dotnet_diagnostic.rca0100.severity = error
            dotnet_diagnostic.RCA0901.severity = warning
            """));

        var succeeded = task.Execute();

        Assert.False(succeeded);
        Assert.Equal(new[] { "RCA0100" }, _log.ErrorCodes);
        Assert.Equal(new[] { "RCA0901" }, _log.WarningCodes);
        Assert.Empty(_log.CodedMessages);
    }

    [Theory]
    [InlineData("[*.yml]")]
    [InlineData("[*]")]
    [InlineData("[**.yml]")]
    [InlineData("[deploy/**.yml]")]
    [InlineData("[deploy/*.{yaml,yml}]")]
    [InlineData("[/deploy/registry.yml]")]
    [InlineData("[deploy/regist?y.[xy]ml]")]
    public void An_editorconfig_section_applies_when_its_glob_matches_the_file(string section)
    {
        var task = TaskFor("deploy/registry.yml");
        task.EditorConfigFiles = Items(_folder.Write(".editorconfig", $"""
            root = true

            {section}
            dotnet_diagnostic.RCA0100.severity = suggestion
            """));

        task.Execute();

        Assert.Empty(_log.WarningCodes);
        Assert.Equal(new[] { "RCA0100", "RCA0901" }, _log.MessageCodes);
    }

    [Theory]
    [InlineData("[*.cs]")]
    [InlineData("[other/**.yml]")]
    [InlineData("[/registry.yml]")]
    [InlineData("[deploy/*.{json,yaml}]")]
    public void An_editorconfig_section_leaves_files_its_glob_does_not_match(string section)
    {
        var task = TaskFor("deploy/registry.yml");
        task.EditorConfigFiles = Items(_folder.Write(".editorconfig", $"""
            {section}
            dotnet_diagnostic.RCA0100.severity = none
            """));

        task.Execute();

        Assert.Equal(new[] { "RCA0100" }, _log.WarningCodes);
    }

    [Fact]
    public void A_closer_editorconfig_wins_over_one_further_up_and_both_over_a_global_config()
    {
        var task = TaskFor("deploy/registry.yml");
        task.EditorConfigFiles = Items(
            _folder.Write("deploy/.editorconfig", "[*.yml]\ndotnet_diagnostic.RCA0100.severity = error\n"),
            _folder.Write(".editorconfig", "[*]\ndotnet_diagnostic.RCA0100.severity = none\n"));
        task.GlobalAnalyzerConfigFiles = Items(
            _folder.Write(".globalconfig", "dotnet_diagnostic.RCA0100.severity = suggestion\n"),
            _folder.PathOf("missing/.globalconfig"));

        task.Execute();

        Assert.Equal(new[] { "RCA0001", "RCA0100" }, _log.ErrorCodes);
    }

    [Fact]
    public void The_rule_s_own_key_beats_its_category_and_the_category_beats_all_rules()
    {
        var task = TaskFor("registry.yml");
        task.EditorConfigFiles = Items(_folder.Write(".globalconfig", """
            is_global = true
            dotnet_analyzer_diagnostic.severity = none
            dotnet_analyzer_diagnostic.category-Security.severity = warning
            dotnet_diagnostic.RCA0901.severity = default
            """));

        task.Execute();

        Assert.Empty(_log.ErrorCodes);
        Assert.Equal(new[] { "RCA0001" }, _log.WarningCodes);
        Assert.Equal(new[] { "RCA0901" }, _log.MessageCodes);
    }

    [Fact]
    public void NoWarn_and_WarningsAsErrors_beat_the_config_files_and_TreatWarningsAsErrors_follows_them()
    {
        var task = TaskFor("registry.yml");
        task.EditorConfigFiles = Items(_folder.Write(".globalconfig", """
            dotnet_diagnostic.RCA0001.severity = warning
            dotnet_diagnostic.RCA0100.severity = none
            dotnet_diagnostic.RCA0901.severity = error
            """));
        task.NoWarn = "RCA0901";
        task.WarningsAsErrors = "RCA0100";

        task.Execute();

        Assert.Equal(new[] { "RCA0100" }, _log.ErrorCodes);
        Assert.Equal(new[] { "RCA0001" }, _log.WarningCodes);

        var treat = TaskFor("registry.yml");
        treat.EditorConfigFiles = task.EditorConfigFiles;
        treat.TreatWarningsAsErrors = true;
        var log = (RecordingBuildEngine)treat.BuildEngine;
        log.Errors.Clear();
        log.Warnings.Clear();

        treat.Execute();

        Assert.Equal(new[] { "RCA0001", "RCA0901" }, log.ErrorCodes);
    }

    private ValidateRegistryConfig TaskFor(string relativePath)
    {
        var file = _folder.Write(relativePath, Config);
        return _engine.CreateTask(_log, StandInEngine.Item(file, "true"));
    }

    private static TaskItem[] Items(params string[] paths) => Array.ConvertAll(paths, p => new TaskItem(p));

    public void Dispose() => _folder.Dispose();
}
