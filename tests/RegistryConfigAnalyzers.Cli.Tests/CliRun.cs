using System.Collections.Generic;
using System.IO;

namespace RegistryConfigAnalyzers.Cli.Tests;

/// <summary>What one in-process run of the tool returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>();

    public static CliRun In(TempFolder folder, params string[] args) => In(folder, NoVariables, args);

    public static CliRun In(TempFolder folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new LintHost(output, error, folder.Path, environment));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] OutputLines => Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
}
