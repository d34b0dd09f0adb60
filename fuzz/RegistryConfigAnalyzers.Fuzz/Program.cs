using System;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using SharpFuzz;

namespace RegistryConfigAnalyzers.Fuzz;

/// <summary>
/// With no arguments, the AFL++ target: each input is one <see cref="FuzzInput"/>, analysed for
/// both registry versions, and any exception (the engine's own, or a broken invariant) is a crash.
/// With files or folders as arguments, replays them and prints what each gives.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                Run(FuzzInput.FromBytes(buffer.ToArray()));
            });
            return 0;
        }

        var failed = 0;
        var files = args.SelectMany(a => Directory.Exists(a)
            ? Directory.GetFiles(a).OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : new[] { a });
        foreach (var file in files)
        {
            try
            {
                var results = Run(FuzzInput.FromBytes(File.ReadAllBytes(file)));
                var ids = results.Select(r => string.Join(",", r.Findings.Select(f => f.RuleId)));
                Console.WriteLine($"ok   {file}: {string.Join(" | ", ids)}");
            }
            catch (Exception ex)
            {
                failed++;
                Console.WriteLine($"FAIL {file}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>Analyses one input for registry 2.x and 3.x and checks every result.</summary>
    public static AnalysisResult[] Run(FuzzInput input)
    {
        var results = new AnalysisResult[2];
        var versions = new[] { RegistryVersion.V2, RegistryVersion.V3 };
        for (var i = 0; i < versions.Length; i++)
        {
            var options = new AnalysisOptions { Version = versions[i] };
            var config = input.ConfigInput;
            results[i] = config is not null && input.Environment.Count == 0
                ? RegistryConfigEngine.AnalyzeConfig(config, options)
                : RegistryConfigEngine.AnalyzeEffective(config, input.Environment, options);
            FindingInvariants.Check(results[i], config, input.Environment, versions[i]);
        }

        return results;
    }
}
