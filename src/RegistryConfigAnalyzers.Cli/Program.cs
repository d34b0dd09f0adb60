using System;
using System.IO;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>The entry point of <c>registry-config-lint</c>.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, LintHost.FromProcess());

    /// <summary>Runs the tool as <see cref="Main"/> does, with the given streams, folder and environment.</summary>
    public static int Run(string[] args, LintHost host)
    {
        try
        {
            var parsed = CommandLine.Parse(args ?? Array.Empty<string>());
            if (parsed.Error is not null)
            {
                host.Error.WriteLine($"registry-config-lint: {parsed.Error}");
                host.Error.WriteLine("Run 'registry-config-lint --help' for usage.");
                return ExitCodes.UsageError;
            }

            var options = parsed.Options!;
            if (options.Help)
            {
                host.Output.Write(HelpText.Usage);
                return ExitCodes.Success;
            }

            if (options.ShowVersion)
            {
                host.Output.WriteLine(HelpText.ToolVersion);
                return ExitCodes.Success;
            }

            if (options.ListRules)
            {
                HelpText.ListRules(host.Output, options);
                return ExitCodes.Success;
            }

            if (options.Explain is not null)
            {
                return HelpText.Explain(host, options.Explain, options);
            }

            return new Linter(options, host).Run();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A closed pipe or a full disk while writing: report it rather than crash with a trace.
            TryWrite(host, $"registry-config-lint: could not write the report: {ex.Message}");
            return ExitCodes.ReadFailure;
        }
        catch (Exception ex)
        {
            TryWrite(host,
                $"registry-config-lint: internal error, the check is incomplete: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.ReadFailure;
        }
    }

    private static void TryWrite(LintHost host, string message)
    {
        try
        {
            host.Error.WriteLine(message);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // Nowhere left to report to; the exit code still tells.
        }
    }
}
