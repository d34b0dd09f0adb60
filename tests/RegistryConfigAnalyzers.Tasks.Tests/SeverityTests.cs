using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>NoWarn and the warnings-as-errors settings act on findings as they do on compiler diagnostics.</summary>
public sealed class SeverityTests : IDisposable
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
    private readonly ValidateRegistryConfig _task;

    public SeverityTests()
    {
        var file = _folder.Write("registry.yml", Config);
        var engine = new StandInEngine()
            .Reports(RuleIds.AnonymousAccess, FindingSeverity.Error, "storage")
            .Reports(RuleIds.UnknownKey, FindingSeverity.Warning, "level")
            .Reports(RuleIds.DuplicateKey, FindingSeverity.Warning, "inmemory")
            .Reports(RuleIds.Template, FindingSeverity.Info, "version");
        _task = engine.CreateTask(_log, StandInEngine.Item(file, "true"));
    }

    [Fact]
    public void By_default_each_finding_keeps_the_severity_of_its_rule()
    {
        _task.Execute();

        Assert.Equal(new[] { "RCA0001" }, _log.ErrorCodes);
        Assert.Equal(new[] { "RCA0100", "RCA0101" }, _log.WarningCodes);
        Assert.Equal(new[] { "RCA0901" }, _log.MessageCodes);
    }

    [Fact]
    public void NoWarn_silences_the_listed_rules_whatever_their_severity()
    {
        _task.NoWarn = "1701;1702;rca0100, RCA0001 RCA0901";

        var succeeded = _task.Execute();

        Assert.True(succeeded);
        Assert.Empty(_log.Errors);
        Assert.Equal(new[] { "RCA0101" }, _log.WarningCodes);
        Assert.Empty(_log.CodedMessages);
    }

    [Fact]
    public void WarningsAsErrors_raises_only_the_listed_warnings()
    {
        _task.WarningsAsErrors = "RCA0101;CS8600";

        _task.Execute();

        Assert.Equal(new[] { "RCA0001", "RCA0101" }, _log.ErrorCodes);
        Assert.Equal(new[] { "RCA0100" }, _log.WarningCodes);
    }

    [Fact]
    public void TreatWarningsAsErrors_raises_every_warning_except_WarningsNotAsErrors()
    {
        _task.TreatWarningsAsErrors = true;
        _task.WarningsNotAsErrors = "RCA0100";

        _task.Execute();

        Assert.Equal(new[] { "RCA0001", "RCA0101" }, _log.ErrorCodes);
        Assert.Equal(new[] { "RCA0100" }, _log.WarningCodes);
    }

    [Fact]
    public void Info_findings_stay_messages_under_TreatWarningsAsErrors()
    {
        _task.TreatWarningsAsErrors = true;
        _task.WarningsAsErrors = "RCA0901";

        _task.Execute();

        Assert.Equal(new[] { "RCA0901" }, _log.MessageCodes);
        Assert.DoesNotContain("RCA0901", _log.ErrorCodes);
    }

    [Fact]
    public void NoWarn_wins_over_WarningsAsErrors()
    {
        _task.WarningsAsErrors = "RCA0100";
        _task.NoWarn = "RCA0100";

        _task.Execute();

        Assert.DoesNotContain("RCA0100", _log.ErrorCodes.Concat(_log.WarningCodes));
    }

    [Fact]
    public void WarningsNotAsErrors_cannot_lower_an_error_rule()
    {
        _task.WarningsNotAsErrors = "RCA0001";

        var succeeded = _task.Execute();

        Assert.False(succeeded);
        Assert.Equal(new[] { "RCA0001" }, _log.ErrorCodes);
    }

    public void Dispose() => _folder.Dispose();
}
