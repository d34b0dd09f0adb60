using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Benchmarks;

/// <summary>
/// Where the engine's time goes: its first steps on their own, reached through reflection because
/// they are internal. Whatever AnalyzeConfig costs beyond them is decoding, the rules and sorting.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class EngineStageBenchmarks
{
    private static readonly Assembly Engine = typeof(RegistryConfigEngine).Assembly;

    private static readonly MethodInfo Read = Engine
        .GetType("RegistryConfigAnalyzers.Engine.Yaml.YamlReader", throwOnError: true)!
        .GetMethod("Read", BindingFlags.Public | BindingFlags.Static)!;

    private static readonly Regex TemplateMarker = (Regex)typeof(RegistryConfigEngine)
        .GetField("TemplateMarker", BindingFlags.NonPublic | BindingFlags.Static)!
        .GetValue(null)!;

    private readonly AnalysisOptions _options = new() { Version = RegistryVersion.V2 };
    // The reader's optional parameters (after the text and the options) keep their defaults.
    private readonly object?[] _arguments = Read.GetParameters()
        .Select(p => p.HasDefaultValue ? p.DefaultValue : null)
        .ToArray();
    private ConfigInput _input = new("config.yml", string.Empty);
    private string _text = string.Empty;

    [Params(nameof(Configs.Small), nameof(Configs.Typical), nameof(Configs.Large))]
    public string Config { get; set; } = nameof(Configs.Small);

    [GlobalSetup]
    public void Setup()
    {
        _text = Configs.Get(Config);
        _input = new ConfigInput("config.yml", _text);
        _arguments[0] = _text;
        _arguments[1] = _options;
    }

    [Benchmark(Baseline = true, Description = "AnalyzeConfig")]
    public int AnalyzeConfig() => RegistryConfigEngine.AnalyzeConfig(_input, _options).Findings.Count;

    [Benchmark(Description = "template scan")]
    public bool TemplateScan() => TemplateMarker.IsMatch(_text);

    [Benchmark(Description = "YAML reader (node tree)")]
    public object? ReadTree() => Read.Invoke(null, _arguments);

    [Benchmark(Description = "LooksLikeRegistryConfig")]
    public bool LooksLike() => RegistryConfigEngine.LooksLikeRegistryConfig(_text);
}
