using System.IO;
using System.Linq;
using System.Text;
using RegistryConfigAnalyzers.Engine;
using Xunit;
using Xunit.Abstractions;

namespace RegistryConfigAnalyzers.Differential.Tests;

/// <summary>
/// The CLI and the MSBuild task read a config with File.ReadAllText, which drops one byte order
/// mark and turns bytes that are not UTF-8 into U+FFFD. The verdict on the text they pass on must
/// still match what the registry does with the file's bytes.
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

        var text = ReadLikeTheHosts(run.ConfigBytes);
        var environment = run.Environment.Select(v => new EnvironmentVariable(v.Key, v.Value)).ToList();
        var result = RegistryConfigEngine.AnalyzeEffective(new ConfigInput("config.yml", text),
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

    // What File.ReadAllText does: UTF-8 unless a byte order mark says otherwise, the mark dropped.
    private static string ReadLikeTheHosts(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true);

        return reader.ReadToEnd();
    }
}
