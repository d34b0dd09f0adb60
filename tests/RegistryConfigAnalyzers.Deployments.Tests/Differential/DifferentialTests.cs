using System.Linq;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Deployments;
using Xunit;
using Xunit.Abstractions;

namespace RegistryConfigAnalyzers.Deployments.Tests.Differential;

/// <summary>Runs only where the registry binary is installed.</summary>
public sealed class RealRegistryTheoryAttribute : TheoryAttribute
{
    public RealRegistryTheoryAttribute()
    {
        if (!Container.Available)
        {
            Skip = "docker-registry, htpasswd, openssl or timeout is not installed";
        }
    }
}

/// <summary>The engine's verdict on each deployment fixture against what the real registry did.</summary>
public sealed class DifferentialTests
{
    private readonly ITestOutputHelper _output;

    public DifferentialTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [MemberData(nameof(DifferentialCases.Names), MemberType = typeof(DifferentialCases))]
    public void The_reader_hands_the_registry_the_environment_the_container_gets(string name)
    {
        var fixture = DifferentialCases.Get(name);

        var registry = Assert.Single(Analyze(fixture).Registries);

        var expected = fixture.Environment.OrderBy(e => e.Key).Select(e => $"{e.Key}={e.Value}");
        var actual = registry.Environment.OrderBy(e => e.Name).Select(e => $"{e.Name}={e.Value}");
        Assert.Equal(expected, actual);
        if (fixture.Undecidable is null)
        {
            Assert.Equal(fixture.Config is null, registry.ConfigSource is null);
        }
    }

    [Theory]
    [MemberData(nameof(DifferentialCases.Names), MemberType = typeof(DifferentialCases))]
    public void The_engine_declines_exactly_the_deployments_that_depend_on_the_deploying_shell(string name)
    {
        var fixture = DifferentialCases.Get(name);

        var registry = Assert.Single(Analyze(fixture).Registries);

        _output.WriteLine($"engine: {registry}");
        if (fixture.Undecidable is null)
        {
            Assert.NotNull(registry.Verdict);
            return;
        }

        Assert.Null(registry.Verdict);
        Assert.Contains(registry.Findings,
            f => f.RuleId == RuleIds.NotFullyJudged && f.Message.Contains(fixture.Undecidable));
    }

    [RealRegistryTheory]
    [MemberData(nameof(DifferentialCases.Names), MemberType = typeof(DifferentialCases))]
    public void The_engine_verdict_matches_what_the_real_registry_did(string name)
    {
        var fixture = DifferentialCases.Get(name);
        var engine = Assert.Single(Analyze(fixture).Registries).Verdict;
        if (engine is null)
        {
            // Declining is checked above; a verdict is compared with the registry whenever there is one.
            Assert.NotNull(fixture.Undecidable);
            return;
        }

        var real = Container.Run(fixture.Config ?? ImageDefaults.ConfigText(RegistryVersion.V2), fixture.Environment,
            fixture.ContainerFiles);

        _output.WriteLine($"engine: {engine}");
        _output.WriteLine($"real:   {real}");
        _output.WriteLine(string.Join("\n", real.Log.Split('\n').Where(l => l.Contains("panic") || l.Contains("error")).Take(3)));
        Assert.Equal(real.Starts, engine.Starts);
        if (real.Starts)
        {
            Assert.Equal(real.AnonymousPull, engine.AnonymousPull);
            Assert.Equal(real.AnyHeaderAccepted, engine.AnyHeaderAccepted);
            Assert.Equal(real.DeletesEnabled, engine.DeletesEnabled);
        }
    }

    private static DeploymentResult Analyze(DifferentialCase fixture) =>
        DeploymentAnalyzer.Analyze(fixture.Files, path => fixture.ProjectFiles.TryGetValue(path, out var text) ? text : null,
            new AnalysisOptions());
}
