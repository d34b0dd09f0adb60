using System.IO;
using System.Linq;
using System.Text;
using RegistryConfigAnalyzers.Engine;
using Xunit;
using Xunit.Abstractions;

namespace RegistryConfigAnalyzers.Differential.Tests;

/// <summary>
/// The CLI and the MSBuild task hand the engine a config's bytes through ConfigInput.FromBytes, not
/// a text .NET decoded (which drops a byte order mark and hides bytes that are not UTF-8). The
/// verdict on what they hand over must match what the registry does with the same bytes.
/// </summary>
public sealed class HostsReadTheFileLikeTheRegistryTests
{
    private readonly ITestOutputHelper _output;

    public HostsReadTheFileLikeTheRegistryTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string> CaseNames => new(Fixtures.Fixtures.HostRead.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Verdict_on_the_text_the_hosts_read_matches_the_real_registry(string caseName)
    {
        var run = RealRegistry.Run(Fixtures.Fixtures.HostReadByName[caseName]);
        var observed = run.Observation;
        _output.WriteLine($"| {caseName} | {observed} | {observed.FailureLine()} |");

        var environment = run.Environment.Select(v => new EnvironmentVariable(v.Key, v.Value)).ToList();
        var result = RegistryConfigEngine.AnalyzeEffective(ConfigInput.FromBytes("config.yml", run.ConfigBytes),
            environment, new AnalysisOptions { Version = RegistryVersion.V2 });
        var disagreements = EngineAgreesWithRealRegistryTests.Abstains(result)
            ? new()
            : EngineAgreesWithRealRegistryTests.Disagreements(observed, result.Verdict);

        Assert.True(disagreements.Count == 0, $"""
            {caseName}: the hosts' verdict and the real registry disagree on {string.Join(", ", disagreements)}
              registry: {observed} ({observed.FailureLine()})
              engine:   {result.Verdict}
              findings: {string.Join("; ", result.Findings.Take(4).Select(f => f.ToString()))}
            """);
    }
}
