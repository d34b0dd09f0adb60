using System.Linq;
using Microsoft.Build.Framework;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

public sealed class ReportingTests
{
    private const string Config = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        """;

    [Fact]
    public void An_error_finding_is_logged_with_its_code_file_and_whole_span()
    {
        using var folder = new TempFolder();
        var file = folder.Write("registry.yml", Config);
        var engine = new StandInEngine().Reports(RuleIds.AnonymousAccess, FindingSeverity.Error, "addr: :5000",
            "anyone can push");
        var log = new RecordingBuildEngine();

        var succeeded = engine.CreateTask(log, StandInEngine.Item(file, "true")).Execute();

        Assert.False(succeeded);
        var error = Assert.Single(log.Errors);
        Assert.Equal("RCA0001", error.Code);
        Assert.Equal(file, error.File);
        Assert.Equal(6, error.LineNumber);
        Assert.Equal(3, error.ColumnNumber);
        Assert.Equal(6, error.EndLineNumber);
        Assert.Equal(14, error.EndColumnNumber);
        Assert.Equal("anyone can push", error.Message);
        Assert.Null(error.Subcategory);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void By_default_a_finding_is_logged_with_its_start_only_so_msbuild_prints_line_and_column()
    {
        using var folder = new TempFolder();
        var file = folder.Write("registry.yml", Config);
        var engine = new StandInEngine().Reports(RuleIds.AnonymousAccess, FindingSeverity.Error, "addr: :5000");
        var log = new RecordingBuildEngine();
        var task = engine.CreateTask(log, StandInEngine.Item(file, "true"));
        task.ReportEndPosition = false;

        task.Execute();

        var error = Assert.Single(log.Errors);
        Assert.Equal((6, 3, 0, 0), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
    }

    [Fact]
    public void A_warning_finding_is_logged_as_a_warning_and_the_build_goes_on()
    {
        using var folder = new TempFolder();
        var file = folder.Write("registry.yml", Config);
        var engine = new StandInEngine().Reports(RuleIds.UnknownKey, FindingSeverity.Warning, "rootdirectory");
        var log = new RecordingBuildEngine();

        var succeeded = engine.CreateTask(log, StandInEngine.Item(file, "true")).Execute();

        Assert.True(succeeded);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal("RCA0100", warning.Code);
        Assert.Equal(file, warning.File);
        Assert.Equal((4, 5, 4, 18), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber,
            warning.EndColumnNumber));
        Assert.Empty(log.Errors);
    }

    [Fact]
    public void An_info_finding_is_logged_as_a_message_that_keeps_its_code_and_place()
    {
        using var folder = new TempFolder();
        var file = folder.Write("registry.yml", Config);
        var engine = new StandInEngine().Reports(RuleIds.Template, FindingSeverity.Info, "version");
        var log = new RecordingBuildEngine();

        var succeeded = engine.CreateTask(log, StandInEngine.Item(file, "true")).Execute();

        Assert.True(succeeded);
        var message = Assert.Single(log.CodedMessages);
        Assert.Equal("RCA0901", message.Code);
        Assert.Equal(file, message.File);
        Assert.Equal((1, 1, 1, 8), (message.LineNumber, message.ColumnNumber, message.EndLineNumber,
            message.EndColumnNumber));
        Assert.Equal(MessageImportance.Normal, message.Importance);
        Assert.Empty(log.Warnings);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public void Help_keyword_and_link_name_the_rule_and_its_page()
    {
        using var folder = new TempFolder();
        var file = folder.Write("registry.yml", Config);
        var engine = new StandInEngine()
            .Reports(RuleIds.AnonymousDelete, FindingSeverity.Error, "storage")
            .Reports(RuleIds.DuplicateKey, FindingSeverity.Warning, "http");
        var log = new RecordingBuildEngine();

        engine.CreateTask(log, StandInEngine.Item(file, "true")).Execute();

        var error = Assert.Single(log.Errors);
        Assert.Equal("RCA0003", error.HelpKeyword);
        Assert.Equal(RuleCatalog.Get("RCA0003").HelpUri, error.HelpLink);
        Assert.EndsWith("docs/rules/RCA0003.md", error.HelpLink);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal("RCA0101", warning.HelpKeyword);
        Assert.Equal(RuleCatalog.Get("RCA0101").HelpUri, warning.HelpLink);
    }

    [Fact]
    public void Every_finding_is_logged_once_in_the_order_the_engine_gives()
    {
        using var folder = new TempFolder();
        var file = folder.Write("registry.yml", Config);
        var engine = new StandInEngine().Reports(RuleIds.UnknownKey, FindingSeverity.Warning, ":");
        var log = new RecordingBuildEngine();

        engine.CreateTask(log, StandInEngine.Item(file, "true")).Execute();

        var places = log.Warnings.Select(w => (w.LineNumber, w.ColumnNumber)).ToArray();
        Assert.Equal(new[] { (1, 8), (2, 8), (3, 13), (4, 18), (5, 5), (6, 7), (6, 9) }, places);
    }

    [Fact]
    public void Besides_findings_the_task_logs_only_a_low_importance_summary()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a/registry.yml", Config);
        var second = folder.Write("b/registry.yaml", Config);
        var engine = new StandInEngine().Reports(RuleIds.UnknownKey, FindingSeverity.Warning, "http:");
        var log = new RecordingBuildEngine();

        engine.CreateTask(log, StandInEngine.Item(first, "true"), StandInEngine.Item(second)).Execute();

        Assert.Equal(2, log.Warnings.Count);
        var summary = Assert.Single(log.Messages);
        Assert.Equal(MessageImportance.Low, summary.Importance);
        Assert.Equal("RegistryConfigAnalyzers checked 2 registry configs.", summary.Message);
    }

    [Fact]
    public void A_finding_without_a_line_is_logged_against_the_whole_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("registry.yml", Config);
        var nowhere = new SourcePosition(0, 0, 0);
        var log = new RecordingBuildEngine();
        var task = new ValidateRegistryConfig(_ => true,
            (input, _) => new[]
            {
                new Finding(RuleIds.ExtraDocument, FindingSeverity.Warning, "whole file",
                    new SourceSpan(input.Source, nowhere, nowhere)),
            })
        {
            BuildEngine = log,
            Files = new[] { StandInEngine.Item(file, "true") },
        };

        task.Execute();

        var warning = Assert.Single(log.Warnings);
        Assert.Equal(file, warning.File);
        Assert.Equal((0, 0, 0, 0), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber,
            warning.EndColumnNumber));
    }
}
