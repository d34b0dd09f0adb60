using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CommandLineTests()
    {
        _folder.Write("registry.yml", Configs.Anonymous);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(new string[0], "give at least one config file or folder")]
    [InlineData(new[] { "registry.yml", "--frobnicate" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "registry.yml", "--format", "xml" }, "--format must be msbuild or sarif, not 'xml'")]
    [InlineData(new[] { "registry.yml", "--format" }, "--format needs a value")]
    [InlineData(new[] { "registry.yml", "--output", "--all" }, "--output needs a value")]
    [InlineData(new[] { "registry.yml", "--registry-version", "4" }, "--registry-version must be 2 or 3, not '4'")]
    [InlineData(new[] { "registry.yml", "--severity", "RCA9999=error" }, "'RCA9999' is not a rule id")]
    [InlineData(new[] { "registry.yml", "--severity", "RCA0001=loud" },
        "'loud' is not error, warning, info, none or default")]
    [InlineData(new[] { "registry.yml", "--severity", "RCA0001" }, "--severity takes RCAnnnn=error|warning|info|none")]
    [InlineData(new[] { "registry.yml", "--all=yes" }, "--all takes no value")]
    [InlineData(new[] { "registry.yml", "" }, "an empty argument is not a file or folder")]
    [InlineData(new[] { "--explain", "RCA9999" }, "'RCA9999' is not a rule id")]
    public void A_wrong_command_line_exits_2_and_says_what_is_wrong(string[] args, string message)
    {
        var run = CliRun.In(_folder, args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Contains("--help", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_null_argument_list_is_a_usage_error_not_a_crash()
    {
        var host = new LintHost(new StringWriter(), new StringWriter(), _folder.Path, new Dictionary<string, string>());

        Assert.Equal(ExitCodes.UsageError, Program.Run(null!, host));
    }

    [Fact]
    public void Everything_after_a_double_dash_is_a_path()
    {
        _folder.Write("--all", Configs.Anonymous);

        var run = CliRun.In(_folder, "--", "--all");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.StartsWith("--all(1,1): error RCA0001", Assert.Single(run.OutputLines));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_exits_0_and_prints_usage_and_examples(string option)
    {
        var run = CliRun.In(_folder, option);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("Examples:", run.Output);
        Assert.Contains("Exit codes:", run.Output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("--version")]
    [InlineData("--all")]
    [InlineData("--env")]
    [InlineData("--warnaserror")]
    [InlineData("--list-rules")]
    [InlineData("--omit-suppressed")]
    [InlineData("--env-file", "a.env")]
    [InlineData("--output", "out.txt")]
    [InlineData("-o", "out.txt")]
    [InlineData("--base-directory", ".")]
    [InlineData("--registry-version", "2")]
    [InlineData("--format", "sarif")]
    [InlineData("--severity", "RCA0001=none")]
    [InlineData("--explain", "RCA0001")]
    public void Every_option_the_tool_accepts_is_in_the_help(string option, string? value = null)
    {
        var args = value is null ? new[] { "a.yml", option } : new[] { "a.yml", option, value };

        Assert.Null(CommandLine.Parse(args).Error);
        Assert.Contains(option, CliRun.In(_folder, "--help").Output);
    }

    [Fact]
    public void Help_examples_are_command_lines_the_tool_accepts()
    {
        var help = CliRun.In(_folder, "--help").Output;
        var examples = help.Substring(help.IndexOf("Examples:", StringComparison.Ordinal))
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("registry-config-lint ", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l, @"\s+\(.*\)$", string.Empty))
            .ToList();

        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var args = example.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            Assert.True(CommandLine.Parse(args).Error is null, example);
        }
    }

    [Fact]
    public void Version_prints_the_tools_version()
    {
        var run = CliRun.In(_folder, "--version");
        var expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!
            .InformationalVersion.Split('+')[0];

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(expected + "\n", run.Output);
    }

    [Fact]
    public void Explain_prints_the_rules_title_severity_description_and_help_link()
    {
        var rule = RuleCatalog.Get("RCA0200");

        var run = CliRun.In(_folder, "--explain", "rca0200");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith($"RCA0200: {rule.Title}\n", run.Output);
        Assert.Contains("Severity:  warning\n", run.Output);
        Assert.Contains($"Category:  {rule.Category}\n", run.Output);
        Assert.Contains(rule.Description, run.Output);
        Assert.Contains($"Help:      {rule.HelpUri}\n", run.Output);
        Assert.Contains("# registry-config: disable-next-line RCA0200 -- ", run.Output);
    }

    [Fact]
    public void Explain_shows_a_level_set_on_the_same_command_line()
    {
        var run = CliRun.In(_folder, "--explain", "RCA0200", "--severity", "RCA0200=error");

        Assert.Contains("Severity:  warning (set to error on this command line)\n", run.Output);
    }

    [Fact]
    public void List_rules_prints_every_rule_with_its_level()
    {
        var run = CliRun.In(_folder, "--list-rules", "--severity", "RCA0001=none");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(RuleCatalog.All.Count, run.OutputLines.Length);
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), run.OutputLines.Select(l => l.Substring(0, 7)));
        Assert.Matches(@"^RCA0001  none +The registry serves", run.OutputLines[0]);
    }

    [Theory]
    [InlineData("2", RegistryVersion.V2)]
    [InlineData("v2", RegistryVersion.V2)]
    [InlineData("2.8.2", RegistryVersion.V2)]
    [InlineData("3", RegistryVersion.V3)]
    [InlineData("3.0", RegistryVersion.V3)]
    public void Registry_version_accepts_a_major_version_in_the_usual_spellings(string value, RegistryVersion expected)
    {
        var parsed = CommandLine.Parse(new[] { "a.yml", "--registry-version", value });

        Assert.Null(parsed.Error);
        Assert.Equal(expected, parsed.Options!.Version);
    }

    [Fact]
    public void Severity_sets_several_rules_at_once()
    {
        var parsed = CommandLine.Parse(new[] { "a.yml", "--severity", "RCA0200,RCA0201=error" });

        Assert.Equal(RuleLevel.Error, parsed.Options!.LevelOf("RCA0200", FindingSeverity.Warning));
        Assert.Equal(RuleLevel.Error, parsed.Options!.LevelOf("RCA0201", FindingSeverity.Warning));
        Assert.Equal(RuleLevel.Warning, parsed.Options!.LevelOf("RCA0202", FindingSeverity.Warning));
    }

    [Theory]
    [InlineData("suggestion", "info")]
    [InlineData("silent", "none")]
    public void Severity_accepts_the_editorconfig_words(string word, string level)
    {
        var parsed = CommandLine.Parse(new[] { "a.yml", "--severity", "RCA0200=" + word });

        Assert.Equal(level, LintOptions.Name(parsed.Options!.LevelOf("RCA0200", FindingSeverity.Warning)));
    }
}
