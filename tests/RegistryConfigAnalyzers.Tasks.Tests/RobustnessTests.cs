using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>
/// A file the task cannot check becomes an RCA0900 finding; it never stops the build or the other files.
/// </summary>
public sealed class RobustnessTests : IDisposable
{
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
    public void A_file_that_cannot_be_read_is_reported_and_the_others_are_checked()
    {
        var missing = _folder.PathOf("missing.yml");
        var folderNamedLikeAConfig = Directory.CreateDirectory(_folder.PathOf("dir.yml")).FullName;
        var good = _folder.Write("good.yml", Config);

        Run(StandInEngine.Item(missing, "true"), StandInEngine.Item(folderNamedLikeAConfig, "true"),
            StandInEngine.Item(good, "true"));

        Assert.Equal(new[] { missing, folderNamedLikeAConfig }, _log.Warnings.Select(w => w.File));
        Assert.All(_log.Warnings, w => Assert.Equal("RCA0900", w.Code));
        Assert.All(_log.Warnings, w => Assert.Contains("could not be read", w.Message));
        Assert.Equal(good, Assert.Single(_log.Errors).File);
    }

    [Fact]
    public void An_exception_from_the_engine_is_reported_and_the_others_are_checked()
    {
        var bad = _folder.Write("bad.yml", Config);
        var good = _folder.Write("good.yml", Config);
        _engine.Before = input =>
        {
            if (input.Source == bad)
            {
                throw new InvalidOperationException("engine bug");
            }
        };

        Run(StandInEngine.Item(bad, "true"), StandInEngine.Item(good, "true"));

        var warning = Assert.Single(_log.Warnings);
        Assert.Equal(("RCA0900", bad), (warning.Code, warning.File));
        Assert.Contains("InvalidOperationException: engine bug", warning.Message);
        Assert.Equal(good, Assert.Single(_log.Errors).File);
    }

    [Fact]
    public void A_file_that_takes_too_long_is_reported_and_the_others_are_checked()
    {
        var slow = _folder.Write("slow.yml", Config);
        var good = _folder.Write("good.yml", Config);
        using var release = new ManualResetEventSlim();
        _engine.Before = input =>
        {
            if (input.Source == slow)
            {
                release.Wait(TimeSpan.FromSeconds(30));
            }
        };
        var clock = Stopwatch.StartNew();

        Run(task => task.TimeoutMilliseconds = 300, StandInEngine.Item(slow, "true"), StandInEngine.Item(good, "true"));

        clock.Stop();
        release.Set();
        var warning = Assert.Single(_log.Warnings);
        Assert.Equal(("RCA0900", slow), (warning.Code, warning.File));
        Assert.Contains("not checked completely", warning.Message);
        Assert.Equal(good, Assert.Single(_log.Errors).File);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the task waited {clock.Elapsed}");
    }

    [Fact]
    public void A_failure_while_detecting_a_config_is_reported_too()
    {
        var file = _folder.Write("maybe.yaml", Config);
        _engine.LooksLikeConfig = _ => throw new NotSupportedException("cannot tell");

        var succeeded = Run(StandInEngine.Item(file));

        Assert.True(succeeded);
        var warning = Assert.Single(_log.Warnings);
        Assert.Equal(("RCA0900", file), (warning.Code, warning.File));
        Assert.Contains("cannot tell", warning.Message);
    }

    [Fact]
    public void RCA0900_follows_the_project_settings_like_any_rule()
    {
        var missing = _folder.PathOf("missing.yml");

        var succeeded = Run(task => task.TreatWarningsAsErrors = true, StandInEngine.Item(missing, "true"));

        Assert.False(succeeded);
        Assert.Equal(new[] { "RCA0900" }, _log.ErrorCodes);
    }

    [Fact]
    public void RCA0900_can_be_silenced_with_NoWarn()
    {
        var missing = _folder.PathOf("missing.yml");

        var succeeded = Run(task => task.NoWarn = "RCA0900", StandInEngine.Item(missing, "true"));

        Assert.True(succeeded);
        Assert.Empty(_log.Warnings);
    }

    public void Dispose() => _folder.Dispose();

    private bool Run(params Microsoft.Build.Framework.ITaskItem[] files) => Run(_ => { }, files);

    private bool Run(Action<ValidateRegistryConfig> configure, params Microsoft.Build.Framework.ITaskItem[] files)
    {
        var task = _engine.CreateTask(_log, files);
        configure(task);
        return task.Execute();
    }
}
