using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>
/// An unchanged file's findings are replayed from the last build instead of analysed again,
/// and shown exactly as before; anything that could change them runs the engine again.
/// </summary>
public sealed class FindingsCacheTests : IDisposable
{
    private const string Config = """
        version: 0.1
        storage:
          inmemory: {}
        http:
          addr: :5000
        """;

    private readonly TempFolder _folder = new();
    private readonly string _cacheFile;
    private readonly string _config;

    public FindingsCacheTests()
    {
        _cacheFile = _folder.PathOf("obj/RegistryConfigAnalyzers.cache");
        _config = _folder.Write("registry.yml", Config);
    }

    [Fact]
    public void An_unchanged_file_is_not_analysed_again_and_its_findings_are_logged_as_before()
    {
        var (firstEngine, first) = Build();
        var (secondEngine, second) = Build();

        Assert.Single(firstEngine.Analyzed);
        Assert.Empty(secondEngine.Analyzed);
        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(new[] { "RCA0001", "RCA0100" }, second.ErrorCodes.Concat(second.WarningCodes));
    }

    [Fact]
    public void A_changed_file_is_analysed_again()
    {
        Build();
        File.WriteAllText(_config, Config + "\nlog:\n  level: info\n");

        var (engine, _) = Build();

        Assert.Single(engine.Analyzed);
    }

    [Fact]
    public void Another_registry_version_is_analysed_again()
    {
        Build();

        var (engine, _) = Build(task => task.DefaultVersion = "2");

        Assert.Equal(RegistryVersion.V2, Assert.Single(engine.Analyzed).Version);
    }

    [Fact]
    public void Project_settings_apply_to_replayed_findings()
    {
        Build();

        var (engine, log) = Build(task =>
        {
            task.NoWarn = "RCA0001";
            task.TreatWarningsAsErrors = true;
        });

        Assert.Empty(engine.Analyzed);
        Assert.Equal(new[] { "RCA0100" }, log.ErrorCodes);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void A_file_that_is_no_registry_config_is_remembered_as_such()
    {
        var workflow = _folder.Write("ci.yml", "name: build\non: push\n");
        Build(workflow);

        var (engine, log) = Build(workflow);

        Assert.Empty(engine.Analyzed);
        Assert.Empty(engine.Detected);
        Assert.Empty(log.Warnings);
        Assert.Equal("RegistryConfigAnalyzers checked 0 registry configs.", Assert.Single(log.Messages).Message);
    }

    [Fact]
    public void A_time_out_is_not_remembered()
    {
        using var release = new System.Threading.ManualResetEventSlim();
        Build(task => task.TimeoutMilliseconds = 200, engine => engine.Before = _ => release.Wait(5000));
        release.Set();

        var (engine, log) = Build();

        Assert.Single(engine.Analyzed);
        Assert.DoesNotContain("RCA0900", log.WarningCodes);
    }

    [Fact]
    public void A_damaged_cache_is_ignored()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cacheFile)!);
        File.WriteAllText(_cacheFile, "not a cache\tat all\n");

        var (engine, log) = Build();

        Assert.Single(engine.Analyzed);
        Assert.Equal(new[] { "RCA0001" }, log.ErrorCodes);
        Assert.StartsWith("RegistryConfigAnalyzers findings cache", File.ReadAllText(_cacheFile));
    }

    [Fact]
    public void An_unchanged_cache_file_is_not_written_again()
    {
        Build();
        var written = File.GetLastWriteTimeUtc(_cacheFile);
        File.SetLastWriteTimeUtc(_cacheFile, written.AddHours(-1));

        Build();

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(_cacheFile));
    }

    [Fact]
    public void Messages_with_tabs_backslashes_and_new_lines_come_back_intact()
    {
        const string message = "a\tb\\c\nd\\te";
        var engine = new StandInEngine().Reports(RuleIds.UnknownKey, FindingSeverity.Warning, "addr", message);
        engine.CreateTask(new RecordingBuildEngine(), StandInEngine.Item(_config, "true")).WithCache(_cacheFile)
            .Execute();
        var log = new RecordingBuildEngine();

        new StandInEngine().CreateTask(log, StandInEngine.Item(_config, "true")).WithCache(_cacheFile).Execute();

        Assert.Equal(message, Assert.Single(log.Warnings).Message);
    }

    [Fact]
    public void Builds_writing_one_cache_file_at_the_same_time_neither_fail_nor_leave_files_behind()
    {
        // Each build also checks a file of its own, so each writes a different cache and the writes race.
        const int builds = 6;
        var own = Enumerable.Range(0, builds)
            .Select(i => _folder.Write($"own{i}.yml", Config + $"\n# {i}\n"))
            .ToArray();
        var logs = new ConcurrentBag<string[]>();
        for (var round = 0; round < 20; round++)
        {
            using var start = new Barrier(builds);
            Parallel.For(0, builds, new ParallelOptions { MaxDegreeOfParallelism = builds }, i =>
            {
                var log = new RecordingBuildEngine();
                var task = new StandInEngine()
                    .Reports(RuleIds.AnonymousAccess, FindingSeverity.Error, "version")
                    .CreateTask(log, StandInEngine.Item(_config, "true"), StandInEngine.Item(own[i], "true"))
                    .WithCache(_cacheFile);
                start.SignalAndWait();
                task.Execute();
                logs.Add(log.ErrorCodes.Concat(log.WarningCodes).ToArray());
            });
        }

        Assert.All(logs, codes => Assert.Equal(new[] { "RCA0001", "RCA0001" }, codes));
        Assert.Equal(new[] { _cacheFile }, Directory.GetFiles(Path.GetDirectoryName(_cacheFile)!));
        var (engine, _) = Build();
        Assert.Empty(engine.Analyzed);
    }

    public void Dispose() => _folder.Dispose();

    private (StandInEngine Engine, RecordingBuildEngine Log) Build(string? file = null) =>
        Build(_ => { }, _ => { }, file);

    private (StandInEngine Engine, RecordingBuildEngine Log) Build(Action<ValidateRegistryConfig> configure,
        Action<StandInEngine>? setUp = null, string? file = null)
    {
        var engine = new StandInEngine()
            .Reports(RuleIds.AnonymousAccess, FindingSeverity.Error, "version")
            .Reports(RuleIds.UnknownKey, FindingSeverity.Warning, "inmemory");
        setUp?.Invoke(engine);
        var log = new RecordingBuildEngine();
        var item = file is null ? StandInEngine.Item(_config, "true") : StandInEngine.Item(file);
        var task = engine.CreateTask(log, item).WithCache(_cacheFile);
        configure(task);
        task.Execute();
        return (engine, log);
    }

    private static string[] Describe(RecordingBuildEngine log) =>
        log.Errors.Select(e => $"error {e.Code} {e.File}({e.LineNumber},{e.ColumnNumber},{e.EndLineNumber},"
                + $"{e.EndColumnNumber}) {e.HelpLink} {e.Message}")
            .Concat(log.Warnings.Select(w => $"warning {w.Code} {w.File}({w.LineNumber},{w.ColumnNumber},"
                + $"{w.EndLineNumber},{w.EndColumnNumber}) {w.HelpLink} {w.Message}"))
            .ToArray();
}
