using System;
using System.IO;
using System.Linq;
using System.Threading;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>
/// The task's own limits, at and just past each: a file over one gets an RCA0900 finding and the
/// other files of the same call still get theirs.
/// </summary>
public sealed class LimitTests : IDisposable
{
    // Four bytes per character of the engine's default 4,194,304-character limit.
    private const int ReadLimit = 16 * 1024 * 1024;

    private const string Config = """
        version: 0.1
        storage:
          inmemory: {}

        """;

    private readonly TempFolder _folder = new();
    private readonly RecordingBuildEngine _log = new();
    private readonly StandInEngine _engine =
        new StandInEngine().Reports(RuleIds.AnonymousAccess, FindingSeverity.Error, "storage");

    [Fact]
    public void A_marked_file_of_exactly_the_read_limit_is_handed_to_the_engine()
    {
        var large = WriteOfLength("large.yml", ReadLimit);

        Run(StandInEngine.Item(large, "true"));

        Assert.Contains(_engine.Analyzed, a => a.Source == large);
        Assert.Equal(large, Assert.Single(_log.Errors).File);
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public void A_marked_file_one_byte_over_the_read_limit_is_reported_unread_and_the_others_are_checked()
    {
        var large = WriteOfLength("large.yml", ReadLimit + 1);
        var good = _folder.Write("good.yml", Config);

        Run(StandInEngine.Item(large, "true"), StandInEngine.Item(good, "true"));

        Assert.DoesNotContain(_engine.Analyzed, a => a.Source == large);
        var warning = Assert.Single(_log.Warnings);
        Assert.Equal(("RCA0900", large), (warning.Code, warning.File));
        Assert.Equal($"The file was not checked: at {ReadLimit + 1} bytes it is over the checker's size limit",
            warning.Message);
        Assert.Equal(good, Assert.Single(_log.Errors).File);
    }

    [Fact]
    public void An_unmarked_file_over_the_read_limit_is_skipped_without_a_finding()
    {
        // Only its content could make it a registry config, and it is too large to read.
        var large = WriteOfLength("large.yml", ReadLimit + 1);

        Run(StandInEngine.Item(large));

        Assert.Empty(_engine.Detected);
        Assert.Empty(_log.Warnings);
        Assert.Empty(_log.Errors);
    }

    [Fact]
    public void A_check_that_ends_inside_the_time_limit_is_reported_as_usual()
    {
        var slowish = _folder.Write("slowish.yml", Config);
        _engine.Before = _ => Thread.Sleep(100);

        Run(task => task.TimeoutMilliseconds = 5_000, StandInEngine.Item(slowish, "true"));

        Assert.Equal(slowish, Assert.Single(_log.Errors).File);
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public void Each_file_has_its_own_time_limit_so_two_slow_files_both_get_a_finding_and_the_rest_are_checked()
    {
        var first = _folder.Write("first.yml", Config);
        var second = _folder.Write("second.yml", Config);
        var good = _folder.Write("good.yml", Config);
        using var release = new ManualResetEventSlim();
        _engine.Before = input =>
        {
            if (input.Source != good)
            {
                release.Wait(TimeSpan.FromSeconds(30));
            }
        };

        Run(task => task.TimeoutMilliseconds = 200, StandInEngine.Item(first, "true"),
            StandInEngine.Item(second, "true"), StandInEngine.Item(good, "true"));

        release.Set();
        Assert.Equal(new[] { first, second }, _log.Warnings.Select(w => w.File));
        Assert.All(_log.Warnings, w => Assert.Equal(
            "The file was not checked completely: checking it took longer than 0.2 s", w.Message));
        Assert.Equal(good, Assert.Single(_log.Errors).File);
    }

    [Fact]
    public void A_time_limit_below_one_millisecond_counts_as_one()
    {
        var slow = _folder.Write("slow.yml", Config);
        using var release = new ManualResetEventSlim();
        _engine.Before = _ => release.Wait(TimeSpan.FromSeconds(30));

        Run(task => task.TimeoutMilliseconds = 0, StandInEngine.Item(slow, "true"));

        release.Set();
        Assert.Equal("The file was not checked completely: checking it took longer than 0.001 s",
            Assert.Single(_log.Warnings).Message);
    }

    public void Dispose() => _folder.Dispose();

    private string WriteOfLength(string name, int bytes)
    {
        var path = _folder.PathOf(name);
        var padding = new string('#', bytes - Config.Length - 1);
        File.WriteAllText(path, Config + padding + "\n");
        Assert.Equal(bytes, new FileInfo(path).Length);
        return path;
    }

    [Fact]
    public void A_named_pipe_that_nobody_writes_is_reported_unread_and_the_others_are_checked()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var pipe = Path.Combine(_folder.Path, "pipe.yml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        var good = _folder.Write("good.yml", Config);

        Run(task => task.TimeoutMilliseconds = 300, StandInEngine.Item(pipe, "true"), StandInEngine.Item(good, "true"));

        var warning = Assert.Single(_log.Warnings);
        Assert.Equal(("RCA0900", pipe), (warning.Code, warning.File));
        Assert.Contains("reading it took longer than 0.3 s", warning.Message);
        Assert.Equal(good, Assert.Single(_log.Errors).File);
    }

    private void Run(params Microsoft.Build.Framework.ITaskItem[] files) => Run(_ => { }, files);

    private void Run(Action<ValidateRegistryConfig> configure, params Microsoft.Build.Framework.ITaskItem[] files)
    {
        var task = _engine.CreateTask(_log, files);
        configure(task);
        task.Execute();
    }
}
