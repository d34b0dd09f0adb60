using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Differential.Tests.Fixtures;
using RegistryConfigAnalyzers.Engine;
using Xunit;
using Xunit.Abstractions;

namespace RegistryConfigAnalyzers.Differential.Tests;

/// <summary>
/// For every fixture, the engine's verdict for registry 2.x must match what the installed registry does
/// with the same config and environment.
/// </summary>
public sealed class EngineAgreesWithRealRegistryTests
{
    private readonly ITestOutputHelper _output;

    public EngineAgreesWithRealRegistryTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string> CaseNames => new(Fixtures.Fixtures.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Verdict_matches_the_real_registry(string caseName)
    {
        var run = RealRegistry.Run(Fixtures.Fixtures.ByName[caseName]);
        var observed = run.Observation;
        _output.WriteLine(TableRow(caseName, observed));

        var environment = run.Environment.Select(v => new EnvironmentVariable(v.Key, v.Value)).ToList();
        var result = RegistryConfigEngine.AnalyzeEffective(new ConfigInput("config.yml", run.ConfigText),
            environment, new AnalysisOptions { Version = RegistryVersion.V2 });
        var disagreements = Abstains(result) ? new List<string>() : Disagreements(observed, result.Verdict);

        Assert.True(disagreements.Count == 0, Explain(caseName, run, result, disagreements));
    }

    /// <summary>
    /// The engine may decline to judge (a template, a file over a limit, a provider picked at random),
    /// but only by saying so with a finding; an unexplained missing verdict is a disagreement.
    /// </summary>
    internal static bool Abstains(AnalysisResult result) =>
        result.Verdict.Starts is null &&
        result.Findings.Any(f => f.RuleId is RuleIds.AnalysisLimit or RuleIds.Template or RuleIds.RandomAuthProvider);

    internal static List<string> Disagreements(RegistryObservation observed, RegistryVerdict verdict)
    {
        var found = new List<string>();
        if (verdict.Starts != observed.Started)
        {
            found.Add("starts");
        }

        if (!observed.Started)
        {
            return found;
        }

        if (observed.AnonymousPull is not null && verdict.AnonymousPull != observed.AnonymousPull)
        {
            found.Add("anonymous pull");
        }

        if (observed.AnyHeaderAccepted is not null && verdict.AnyHeaderAccepted != observed.AnyHeaderAccepted)
        {
            found.Add("any header accepted");
        }

        if (observed.DeletesEnabled is not null && verdict.DeletesEnabled != observed.DeletesEnabled)
        {
            found.Add("deletes");
        }

        return found;
    }

    private static string Explain(string caseName, RegistryRun run, AnalysisResult result,
        IReadOnlyList<string> disagreements)
    {
        var verdict = result.Verdict;
        var log = run.Observation.NoteworthyLines(8);
        var environment = run.Environment.Select(v => $"{v.Key}={v.Value}");
        var findings = result.Findings.Take(8).Select(f => f.ToString()).DefaultIfEmpty("(none)");

        return $"""
            {caseName}: the engine and the real registry disagree on {string.Join(", ", disagreements)}
              registry: {run.Observation}
              engine:   {verdict}{(verdict.StartFailure is null ? "" : $" ({verdict.StartFailure})")}
              env:      {string.Join(" ", environment)}
              engine findings:
                {string.Join("\n    ", findings)}
              registry log (not level=info):
                {string.Join("\n    ", log.Length == 0 ? new[] { "(nothing)" } : log)}
              config:
            {run.ConfigText}
            """;
    }

    private static string TableRow(string caseName, RegistryObservation observed)
    {
        var why = observed.Started ? "" : observed.FailureLine() ?? "";

        return $"| {caseName} | {observed} | {why.Replace("|", "\\|", System.StringComparison.Ordinal)} |";
    }
}
