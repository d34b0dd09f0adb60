using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>What the tool takes from the process it runs in, so tests can run it in-process.</summary>
public sealed class LintHost
{
    public LintHost(TextWriter output, TextWriter error, string workingDirectory,
        IReadOnlyDictionary<string, string> environment)
    {
        Output = output;
        Error = error;
        WorkingDirectory = workingDirectory;
        Environment = environment;
    }

    /// <summary>Where the report goes unless --output names a file.</summary>
    public TextWriter Output { get; }

    /// <summary>Where usage errors, read failures and the summary go.</summary>
    public TextWriter Error { get; }

    /// <summary>Relative paths on the command line are taken from here.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The variables --env reads.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static LintHost FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                variables[name] = value;
            }
        }

        return new LintHost(Console.Out, Console.Error, Directory.GetCurrentDirectory(), variables);
    }
}
