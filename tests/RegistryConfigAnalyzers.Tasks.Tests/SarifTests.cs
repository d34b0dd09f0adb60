using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>With a SARIF file named, the task also writes its findings there, as the build reported them.</summary>
public sealed class SarifTests : IDisposable
{
    private const string Config = """
        version: 0.1
        log:
          level: debug
        http:
          secret: changeme
        storage:
          inmemory: {}
        """;

    private readonly TempFolder _folder = new();
    private readonly RecordingBuildEngine _log = new();
    private readonly ValidateRegistryConfig _task;

    public SarifTests()
    {
        var file = _folder.Write("deploy/registry.yml", Config);
        var engine = new StandInEngine()
            .Reports(RuleIds.UnknownKey, FindingSeverity.Warning, "level")
            .Reports(RuleIds.DuplicateKey, FindingSeverity.Warning, "inmemory")
            .ReportsSuppressed(RuleIds.AnonymousAccess, FindingSeverity.Error, "storage", "a test registry");
        _task = engine.CreateTask(_log, StandInEngine.Item(file, "true"));
        _task.ProjectDirectory = _folder.Path;
        _task.SarifFile = "out/registry-config.sarif";
    }

    [Fact]
    public void The_log_is_written_relative_to_the_project_folder_with_paths_relative_to_it()
    {
        _task.Execute();

        var run = ReadRun();
        var locations = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation"))
            .ToList();
        Assert.Equal(3, locations.Count);
        Assert.All(locations, l =>
        {
            Assert.Equal("deploy/registry.yml", l.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("SRCROOT", l.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        });
        var level = locations.Select(l => l.GetProperty("region")).First();
        Assert.Equal(3, level.GetProperty("startLine").GetInt32());
        Assert.Equal(3, level.GetProperty("startColumn").GetInt32());
        Assert.Equal(8, level.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Levels_are_those_after_the_project_settings_and_NoWarn_leaves_a_rule_out()
    {
        _task.WarningsAsErrors = "RCA0100";
        _task.NoWarn = "RCA0101";

        _task.Execute();

        var results = Results();
        Assert.Equal(new[] { ("RCA0100", "error"), ("RCA0001", "error") },
            results.Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("level").GetString()!)));
    }

    [Fact]
    public void A_suppressed_finding_is_in_the_log_with_its_reason_but_not_in_the_build_output()
    {
        var succeeded = _task.Execute();

        Assert.True(succeeded);
        Assert.Empty(_log.Errors);
        Assert.Equal(new[] { "RCA0100", "RCA0101" }, _log.WarningCodes);
        var suppressed = Results().Single(r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("RCA0001", suppressed.GetProperty("ruleId").GetString());
        var suppression = suppressed.GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("a test registry", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void A_replayed_build_writes_the_same_log()
    {
        _task.CacheFile = _folder.PathOf("obj/findings.cache");
        _task.Execute();
        var first = File.ReadAllText(_folder.PathOf("out/registry-config.sarif"));

        var again = new StandInEngine().CreateTask(new RecordingBuildEngine(), _task.Files);
        again.ProjectDirectory = _task.ProjectDirectory;
        again.SarifFile = _task.SarifFile;
        again.CacheFile = _task.CacheFile;
        again.Execute();

        Assert.Equal(first, File.ReadAllText(_folder.PathOf("out/registry-config.sarif")));
        Assert.Contains("\"justification\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_file_name_nothing_is_written()
    {
        _task.SarifFile = "";

        _task.Execute();

        Assert.False(Directory.Exists(_folder.PathOf("out")));
    }

    [Fact]
    public void A_log_that_cannot_be_written_is_an_error_of_the_build()
    {
        _folder.Write("out", "a file where the folder should be");

        var succeeded = _task.Execute();

        Assert.False(succeeded);
        Assert.Contains(_log.Errors, e => e.Message!.Contains("SARIF", StringComparison.Ordinal));
    }

    private JsonElement ReadRun()
    {
        var text = File.ReadAllText(_folder.PathOf("out/registry-config.sarif"));
        using var document = JsonDocument.Parse(text);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        return document.RootElement.GetProperty("runs")[0].Clone();
    }

    private JsonElement[] Results() => ReadRun().GetProperty("results").EnumerateArray().ToArray();

    public void Dispose() => _folder.Dispose();
}
