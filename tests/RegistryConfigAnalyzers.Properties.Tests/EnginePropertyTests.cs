using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Fuzz;
using Xunit;

namespace RegistryConfigAnalyzers.Properties.Tests;

/// <summary>
/// Promises of the engine that hold for every input, checked on generated configs. A failure
/// prints the seed that reproduces it; the smallest inputs found so far are kept in
/// <see cref="FuzzRegressionTests"/>.
/// </summary>
public class EnginePropertyTests
{
    private const int Iterations = 2_000;

    private static readonly Gen<(string Text, EnvironmentVariable[] Env, RegistryVersion Version)> Inputs =
        Gen.Select(ConfigGen.AnyText, ConfigGen.Environment, ConfigGen.Version);

    [Fact]
    public void Analysis_never_fails_inside_the_engine()
    {
        Inputs.Sample((text, env, version) =>
        {
            var result = Analyze(text, env, version);
            var failure = result.Findings.FirstOrDefault(f =>
                f.Message.StartsWith(FindingInvariants.InternalFailureText, StringComparison.Ordinal));
            Assert.True(failure is null, failure?.Message);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Every_position_lies_inside_its_file_and_every_result_is_consistent()
    {
        Inputs.Sample((text, env, version) =>
        {
            var config = new ConfigInput("config.yml", text);
            var result = RegistryConfigEngine.AnalyzeEffective(config, env, Options(version));
            FindingInvariants.Check(result, config, env, version);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void The_image_config_with_any_environment_gives_positions_inside_the_image_config()
    {
        Gen.Select(ConfigGen.Environment, ConfigGen.Version).Sample((env, version) =>
        {
            var result = RegistryConfigEngine.AnalyzeEffective(null, env, Options(version));
            FindingInvariants.Check(result, null, env, version);
        }, iter: 500);
    }

    [Fact]
    public void The_same_input_gives_the_same_findings_in_the_same_order()
    {
        Inputs.Sample((text, env, version) =>
        {
            var first = Describe(Analyze(text, env, version));
            var second = Describe(Analyze(text, env, version));
            Assert.Equal(first, second);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void The_order_of_the_environment_does_not_change_the_findings()
    {
        Gen.Select(ConfigGen.ConfigText, ConfigGen.Environment, ConfigGen.Version).Sample((text, env, version) =>
        {
            var reversed = env.Reverse().ToArray();
            Assert.Equal(Describe(Analyze(text, env, version)), Describe(Analyze(text, reversed, version)));
        }, iter: Iterations);
    }

    [Fact]
    public void An_unknown_top_level_key_never_removes_a_security_error()
    {
        Gen.Select(ConfigGen.BlockMappingText, ConfigGen.Environment, ConfigGen.Version).Sample((text, env, version) =>
        {
            var before = SecurityErrors(Analyze(text, env, version));
            var after = SecurityErrors(Analyze(text + "x-deployment-note: added by hand\n", env, version));
            var lost = before.Except(after).ToList();
            Assert.True(lost.Count == 0, "lost: " + string.Join("; ", lost));
        }, iter: Iterations);
    }

    [Fact]
    public void An_unknown_top_level_key_adds_one_unknown_key_finding_and_changes_nothing_else()
    {
        Gen.Select(ConfigGen.BlockMappingText, ConfigGen.Version).Sample((text, version) =>
        {
            var before = Analyze(text, NoEnvironment, version);
            var after = Analyze(text + "x-deployment-note: added by hand\n", NoEnvironment, version);
            if (before.Findings.Any(f => f.RuleId is RuleIds.InvalidYaml or RuleIds.Template or RuleIds.AnalysisLimit))
            {
                return;
            }

            var added = after.Findings.Where(f => f.Span.Start.Line == LineCount(text) + 1).ToList();
            Assert.Equal(new[] { RuleIds.UnknownKey }, added.Select(f => f.RuleId));
            Assert.Equal(Describe(before), Describe(after).Except(Describe(added)).ToList());
        }, iter: Iterations);
    }

    [Fact]
    public void An_embedded_config_is_reported_at_its_place_in_the_host_file()
    {
        var shifts = Gen.Select(ConfigGen.AnyText, Gen.Int[0, 500], Gen.Int[0, 40], Gen.Int[0, 10_000]);
        shifts.Sample((text, lines, columns, offset) =>
        {
            var alone = RegistryConfigEngine.AnalyzeConfig(new ConfigInput("a.yml", text), Options(RegistryVersion.V3));
            var embedded = RegistryConfigEngine.AnalyzeConfig(new ConfigInput("a.yml", text, lines, columns, offset),
                Options(RegistryVersion.V3));
            var shifted = alone.Findings.Select(f => Shift(f.Span, lines, columns, offset)).ToList();
            var reported = embedded.Findings.Select(f => f.Span.ToString() + "@" + f.Span.Start.Offset).ToList();
            Assert.Equal(shifted, reported);
        }, iter: Iterations);
    }

    [Fact]
    public void Line_ends_do_not_change_what_is_found_or_where()
    {
        Gen.Select(ConfigGen.ConfigText, ConfigGen.Version).Sample((text, version) =>
        {
            var lf = Analyze(text, NoEnvironment, version);
            var crlf = Analyze(text.Replace("\n", "\r\n"), NoEnvironment, version);
            Assert.Equal(Where(lf), Where(crlf));
        }, iter: Iterations);
    }

    [Fact]
    public void Every_kind_of_line_break_and_any_mix_of_them_gives_the_same_lines_and_columns()
    {
        // YAML 1.1, editors and Roslyn end a line at each of these.
        var breaks = new[] { "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029" };
        Gen.Select(ConfigGen.ConfigText, Gen.Int, ConfigGen.Version).Sample((text, seed, version) =>
        {
            var random = new Random(seed);
            var mixed = string.Join(string.Empty, text.Split('\n').Select((line, i) =>
                i == 0 ? line : breaks[random.Next(breaks.Length)] + line));
            var lf = Analyze(text, NoEnvironment, version);
            var other = Analyze(mixed, NoEnvironment, version);
            Assert.Equal(Where(lf), Where(other));
        }, iter: Iterations);
    }

    [Fact]
    public void Recognising_a_registry_config_never_throws()
    {
        ConfigGen.AnyText.Sample(text =>
        {
            RegistryConfigEngine.LooksLikeRegistryConfig(text);
        }, iter: Iterations);
    }

    [Fact]
    public void Every_generated_config_that_starts_the_registry_is_recognised_as_a_registry_config()
    {
        Gen.Select(ConfigGen.ConfigText, ConfigGen.Version).Sample((text, version) =>
        {
            var result = Analyze(text, NoEnvironment, version);
            Assert.True(result.Verdict.Starts != true || RegistryConfigEngine.LooksLikeRegistryConfig(text));
        }, iter: Iterations);
    }

    [Fact]
    public void A_file_over_the_size_limit_gets_one_limit_finding_and_no_verdict()
    {
        Gen.Select(ConfigGen.AnyText, Gen.Int[0, 50]).Where((text, _) => text.Length > 0).Sample((text, slack) =>
        {
            var options = new AnalysisOptions { MaxCharacters = Math.Max(0, text.Length - 1 - slack) };
            var result = RegistryConfigEngine.AnalyzeConfig(new ConfigInput("big.yml", text), options);
            Assert.Equal(new[] { RuleIds.AnalysisLimit }, result.Findings.Select(f => f.RuleId));
            Assert.Null(result.Verdict.Starts);
        }, iter: 500);
    }

    [Fact]
    public void Nesting_of_any_depth_ends_in_a_finding_not_a_crash()
    {
        Gen.Select(Gen.Int[1, 5_000], Gen.Bool, Gen.Int[2, 300]).Sample((depth, flow, maxDepth) =>
        {
            var text = flow
                ? "log:\n  fields: " + new string('[', depth) + new string(']', depth) + "\n"
                : string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', i) + "k:\n"));
            var options = new AnalysisOptions { MaxDepth = maxDepth };
            var config = new ConfigInput("deep.yml", text);
            var result = RegistryConfigEngine.AnalyzeConfig(config, options);
            FindingInvariants.Check(result, config, NoEnvironment, options.Version);
            var levels = flow ? depth + 2 : Math.Min(depth, 400);
            Assert.Equal(levels > maxDepth, result.Findings.Any(f => f.RuleId == RuleIds.AnalysisLimit));
        }, iter: 300);
    }

    [Fact]
    public void Alias_bombs_end_quickly_in_a_finding()
    {
        Gen.Select(Gen.Int[2, 12], Gen.Int[2, 10]).Sample((levels, fanout) =>
        {
            var lines = new List<string> { "version: 0.1", "storage: {inmemory: {}}", "log:", "  fields:", "    l0: &l0 x" };
            for (var i = 1; i <= levels; i++)
            {
                lines.Add($"    l{i}: &l{i} [" + string.Join(", ", Enumerable.Repeat($"*l{i - 1}", fanout)) + "]");
            }

            var config = new ConfigInput("bomb.yml", string.Join("\n", lines) + "\n");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = RegistryConfigEngine.AnalyzeConfig(config, new AnalysisOptions());
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
            FindingInvariants.Check(result, config, NoEnvironment, RegistryVersion.V3);
            if (Math.Pow(fanout, levels) > 2_000_000)
            {
                Assert.Contains(result.Findings, f => f.RuleId is RuleIds.InvalidYaml or RuleIds.AnalysisLimit);
            }
        }, iter: 60);
    }

    private static readonly EnvironmentVariable[] NoEnvironment = Array.Empty<EnvironmentVariable>();

    private static string Print((string Text, EnvironmentVariable[] Env, RegistryVersion Version) input) =>
        $"{input.Version} {Json(input.Text)} env: " +
        string.Join(" ", input.Env.Select(e => $"{e.Name}={(e.Value is null ? "<unknown>" : Json(e.Value))}"));

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static AnalysisOptions Options(RegistryVersion version) => new() { Version = version };

    private static AnalysisResult Analyze(string text, IReadOnlyList<EnvironmentVariable> env,
        RegistryVersion version) =>
        RegistryConfigEngine.AnalyzeEffective(new ConfigInput("config.yml", text), env, Options(version));

    private static List<string> Describe(AnalysisResult result) => Describe(result.Findings);

    private static List<string> Describe(IEnumerable<Finding> findings) => findings
        .Select(f => $"{f} @{f.Span.Start.Offset}-{f.Span.End.Offset} [{string.Join(", ", f.RelatedSpans)}]")
        .ToList();

    private static List<string> SecurityErrors(AnalysisResult result) => result.Findings
        .Where(f => f.Severity == FindingSeverity.Error && RuleCatalog.Get(f.RuleId).Category == "Security")
        .Select(f => f.RuleId)
        .ToList();

    private static List<string> Where(AnalysisResult result) =>
        result.Findings.Select(f => $"{f.RuleId} {f.Span.Start}-{f.Span.End}").ToList();

    private static int LineCount(string text) => text.Count(c => c == '\n');

    private static string Shift(SourceSpan span, int lines, int columns, int offset)
    {
        var start = new SourcePosition(span.Start.Line + lines, span.Start.Column + columns, span.Start.Offset + offset);
        var end = new SourcePosition(span.End.Line + lines, span.End.Column + columns, span.End.Offset + offset);
        return new SourceSpan(span.Source, start, end).ToString() + "@" + start.Offset;
    }
}
