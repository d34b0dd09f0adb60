using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RegistryConfigAnalyzers.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RegistryConfigAnalyzers.Benchmarks;

/// <summary>
/// The engine on one config beside YamlDotNet reading the same text. The event parse is the
/// floor: the engine reads the text with that very parser, then decodes it and runs the rules.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class EngineBenchmarks
{
    internal static readonly IReadOnlyList<EnvironmentVariable> Environment = new[]
    {
        new EnvironmentVariable("REGISTRY_HTTP_SECRET", null),
        new EnvironmentVariable("REGISTRY_STORAGE_S3_ACCESSKEY", null),
        new EnvironmentVariable("REGISTRY_STORAGE_S3_SECRETKEY", null),
        new EnvironmentVariable("REGISTRY_REDIS_PASSWORD", null),
        new EnvironmentVariable("REGISTRY_LOG_LEVEL", "debug"),
        new EnvironmentVariable("REGISTRY_HTTP_ADDR", ":5443"),
        new EnvironmentVariable("REGISTRY_STORAGE_DELETE_ENABLED", "false"),
        new EnvironmentVariable("REGISTRY_NOTIFICATIONS_ENDPOINTS_0_TIMEOUT", "2s"),
    };

    private readonly AnalysisOptions _options = new() { Version = RegistryVersion.V2 };
    private string _text = string.Empty;
    private ConfigInput _input = new("config.yml", string.Empty);

    [Params(nameof(Configs.Small), nameof(Configs.Typical), nameof(Configs.Large))]
    public string Config { get; set; } = nameof(Configs.Small);

    [GlobalSetup]
    public void Setup()
    {
        _text = Configs.Get(Config);
        _input = new ConfigInput("config.yml", _text);
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet events")]
    public int YamlDotNetEvents()
    {
        var parser = new Parser(new StringReader(_text));
        var count = 0;
        while (parser.MoveNext())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "YamlDotNet YamlStream")]
    public int YamlDotNetStream()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_text));
        return stream.Documents.Count;
    }

    [Benchmark(Description = "AnalyzeConfig")]
    public int AnalyzeConfig() => RegistryConfigEngine.AnalyzeConfig(_input, _options).Findings.Count;

    [Benchmark(Description = "AnalyzeEffective + 8 env")]
    public int AnalyzeEffective() =>
        RegistryConfigEngine.AnalyzeEffective(_input, Environment, _options).Findings.Count;
}
