using System;
using System.Linq;
using BenchmarkDotNet.Running;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--show-configs")
        {
            // What each measured config holds and gives, to check the engine does its full work on it.
            foreach (var name in new[] { nameof(Configs.Small), nameof(Configs.Typical), nameof(Configs.Large) })
            {
                var text = Configs.Get(name);
                var result = RegistryConfigEngine.AnalyzeConfig(new ConfigInput(name, text),
                    new AnalysisOptions { Version = RegistryVersion.V2 });
                var ids = string.Join(",", result.Findings.Select(f => f.RuleId));
                Console.WriteLine($"{name}: {Configs.Utf8Bytes(name)} bytes, {text.Split('\n').Length} lines, {ids}");
            }

            return;
        }

        if (args.Length == 1 && args[0] == "--ratio")
        {
            RatioCheck.Run();
            return;
        }

        if (args.Length == 3 && args[0] == "--loop")
        {
            // A steady load for a profiler to attach to: dotnet-trace collect -- <this> --loop Typical 20
            var input = new ConfigInput(args[1], Configs.Get(args[1]));
            var options = new AnalysisOptions { Version = RegistryVersion.V2 };
            var seconds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
            var until = DateTime.UtcNow.AddSeconds(seconds);
            var runs = 0L;
            while (DateTime.UtcNow < until)
            {
                RegistryConfigEngine.AnalyzeConfig(input, options);
                runs++;
            }

            Console.WriteLine($"{runs} analyses of {args[1]}");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
