using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using YamlDotNet.Core;

namespace RegistryConfigAnalyzers.Benchmarks;

/// <summary>
/// A cross-check of BenchmarkDotNet's ratio that holds up on a busy machine: the bare parse and
/// the engine run in alternating batches, each timed in process CPU time (preemption by other
/// processes is not counted, the garbage collector's work is), and the median of the rounds is kept.
/// </summary>
public static class RatioCheck
{
    private const int Rounds = 9;
    private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(300);

    public static void Run()
    {
        var read = typeof(RegistryConfigEngine).Assembly
            .GetType("RegistryConfigAnalyzers.Engine.Yaml.YamlReader", throwOnError: true)!
            .GetMethod("Read", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!;
        var environment = EngineBenchmarks.Environment;
        Console.WriteLine("CPU microseconds per call (median of the rounds), each beside the bare parse;");
        Console.WriteLine("then the kilobytes one call allocates");
        Console.WriteLine("config   |   parse | reader (x) | AnalyzeConfig (x) | + 8 env (x)");
        foreach (var name in new[] { nameof(Configs.Small), nameof(Configs.Typical), nameof(Configs.Large) })
        {
            var text = Configs.Get(name);
            var input = new ConfigInput(name, text);
            var options = new AnalysisOptions { Version = RegistryVersion.V2 };
            // The reader's optional parameters (after the text and the options) keep their defaults.
            var arguments = read.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray();
            arguments[0] = text;
            arguments[1] = options;
            var actions = new Action[]
            {
                () =>
                {
                    var parser = new Parser(new StringReader(text));
                    while (parser.MoveNext())
                    {
                    }
                },
                () => read.Invoke(null, arguments),
                () => RegistryConfigEngine.AnalyzeConfig(input, options),
                () => RegistryConfigEngine.AnalyzeEffective(input, environment, options),
            };

            var calls = actions.Select(Calibrate).ToArray();
            var times = actions.Select(_ => new List<double>()).ToArray();
            var ratios = actions.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < Rounds; round++)
            {
                // Alternate within a round so that every action sees the same load.
                var t = actions.Select((a, i) => CpuMicroseconds(a, calls[i])).ToArray();
                for (var i = 0; i < actions.Length; i++)
                {
                    times[i].Add(t[i]);
                    ratios[i].Add(t[i] / t[0]);
                }
            }

            string Cell(int i) => $"{Median(times[i]):F1} ({Median(ratios[i]):F2})";
            Console.WriteLine($"{name,-8} | {Median(times[0]),7:F1} | {Cell(1),10} | {Cell(2),17} | {Cell(3),11}");
            var kb = actions.Select(a => AllocatedBytes(a) / 1024.0).ToArray();
            Console.WriteLine($"{"  KB",-8} | {kb[0],7:F1} | {kb[1],10:F1} | {kb[2],17:F1} | {kb[3],11:F1}");
        }
    }

    // How many calls fill one batch, measured after a warm-up so the JIT has settled.
    private static int Calibrate(Action action)
    {
        var watch = Stopwatch.StartNew();
        var calls = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(1))
        {
            action();
            calls++;
        }

        return Math.Max(1, (int)(calls * (Batch.TotalSeconds / watch.Elapsed.TotalSeconds)));
    }

    private static double CpuMicroseconds(Action action, int calls)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds * 1000 / calls;
    }

    private static long AllocatedBytes(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
