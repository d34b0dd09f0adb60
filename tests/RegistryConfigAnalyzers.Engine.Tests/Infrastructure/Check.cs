using System;
using System.Collections.Generic;
using System.Linq;
using Xunit.Sdk;

namespace RegistryConfigAnalyzers.Engine.Tests.Infrastructure;

/// <summary>Entry points of the specifications: a config, or an image default, to analyze.</summary>
internal static class Check
{
    public const string ConfigSource = "config.yml";
    public const string EnvironmentSource = "deploy.env";

    /// <summary>A config file with its expected findings marked in the text.</summary>
    public static ConfigCase Config(string markup) => new(markup);

    /// <summary>The config baked into the registry image of this major version.</summary>
    public static ConfigCase Image(RegistryVersion version) => new(null) { Version = version };

    /// <summary>A finding's rule and place as one comparable line.</summary>
    public static string Describe(string ruleId, SourceSpan span) =>
        $"{ruleId} {span.Source}({span.Start.Line},{span.Start.Column})-({span.End.Line},{span.End.Column}) " +
        $"offsets {span.Start.Offset}-{span.End.Offset}";
}

/// <summary>One analysis to run and judge; the marks decide which findings must appear where.</summary>
internal sealed class ConfigCase
{
    private static readonly HashSet<string> Unjudged = new()
    {
        RuleIds.InvalidYaml, RuleIds.AnalysisLimit, RuleIds.Template,
    };

    private readonly string? _markup;
    private string? _environment;

    public ConfigCase(string? markup)
    {
        _markup = markup;
    }

    public RegistryVersion Version { get; set; } = RegistryVersion.V3;

    public AnalysisOptions Options { get; } = new();

    public ConfigCase On(RegistryVersion version)
    {
        Version = version;
        return this;
    }

    /// <summary>
    /// Environment variables, one a line: <c>NAME=VALUE</c>, or a bare <c>NAME</c> for a variable
    /// whose value the host cannot know. Each variable's span is its whole line of this text.
    /// </summary>
    public ConfigCase WithEnvironment(string markup)
    {
        _environment = markup;
        return this;
    }

    public ConfigCase WithOptions(Action<AnalysisOptions> change)
    {
        change(Options);
        return this;
    }

    /// <summary>Runs the engine and checks nothing but that it did not fail on the input.</summary>
    public AnalysisResult Analyze() => Run(null).Result;

    /// <summary>
    /// Every finding of each marked rule is marked, and every mark is found, at exactly its place.
    /// <c>[|…|]</c> marks stand for <paramref name="ruleId"/>.
    /// </summary>
    public AnalysisResult Reports(string? ruleId = null)
    {
        var run = Run(ruleId);
        var ids = new HashSet<string>(run.Expected.Select(e => e.RuleId));
        if (ruleId is not null)
        {
            ids.Add(ruleId);
        }

        var expected = run.Expected.Select(e => Check.Describe(e.RuleId, e.Span))
            .OrderBy(s => s, StringComparer.Ordinal);
        var actual = run.Result.Findings.Where(f => ids.Contains(f.RuleId))
            .Select(f => Check.Describe(f.RuleId, f.Span))
            .OrderBy(s => s, StringComparer.Ordinal);
        if (!expected.SequenceEqual(actual))
        {
            throw new XunitException(
                $"Expected findings:\n  {string.Join("\n  ", expected)}\n" +
                $"Actual findings of those rules:\n  {string.Join("\n  ", actual)}" + AllFindings(run.Result));
        }

        return run.Result;
    }

    /// <summary>The rule finds nothing anywhere in the config or the environment.</summary>
    public AnalysisResult DoesNotReport(string ruleId)
    {
        var run = Run(null);
        var found = run.Result.Findings.Where(f => f.RuleId == ruleId).ToList();
        if (found.Count > 0)
        {
            throw new XunitException($"Expected no {ruleId} finding." + AllFindings(run.Result));
        }

        // A clean config proves something only if the engine read and judged it.
        var unread = run.Result.Findings.Where(f => f.RuleId != ruleId && Unjudged.Contains(f.RuleId)).ToList();
        if (unread.Count > 0)
        {
            throw new XunitException($"The config was not judged ({unread[0].RuleId}), so silence means nothing." +
                AllFindings(run.Result));
        }

        return run.Result;
    }

    private (AnalysisResult Result, List<ExpectedFinding> Expected) Run(string? ruleId)
    {
        var expected = new List<ExpectedFinding>();
        ConfigInput? input = null;
        if (_markup is not null)
        {
            var config = MarkedText.Parse(Check.ConfigSource, _markup, ruleId);
            expected.AddRange(config.Expected);
            input = new ConfigInput(Check.ConfigSource, config.Text);
        }

        var environment = new List<EnvironmentVariable>();
        if (_environment is not null)
        {
            var env = MarkedText.Parse(Check.EnvironmentSource, _environment, ruleId);
            expected.AddRange(env.Expected);
            environment.AddRange(Variables(env.Text));
        }

        Options.Version = Version;
        var result = RegistryConfigEngine.AnalyzeEffective(input, environment, Options);
        var crash = result.Findings.FirstOrDefault(
            f => f.Message.StartsWith("The checker failed", StringComparison.Ordinal));
        if (crash is not null)
        {
            throw new XunitException("The engine failed on the input: " + crash.Message);
        }

        return (result, expected);
    }

    private static IEnumerable<EnvironmentVariable> Variables(string text)
    {
        var offset = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length > 0)
            {
                var span = MarkedText.SpanOf(Check.EnvironmentSource, text, offset, offset + line.Length);
                var equals = line.IndexOf('=');
                yield return equals < 0
                    ? new EnvironmentVariable(line, null, span)
                    : new EnvironmentVariable(line.Substring(0, equals), line.Substring(equals + 1), span);
            }

            offset += rawLine.Length + 1;
        }
    }

    private static string AllFindings(AnalysisResult result) =>
        "\nAll findings:\n  " +
        string.Join("\n  ", result.Findings.Select(f => Check.Describe(f.RuleId, f.Span) + ": " + f.Message));
}

/// <summary>Short ways to pick findings out of a result.</summary>
internal static class ResultExtensions
{
    /// <summary>The one finding of the rule; fails when there is none or more than one.</summary>
    public static Finding Only(this AnalysisResult result, string ruleId) =>
        Assert.Single(result.Findings, f => f.RuleId == ruleId);
}
