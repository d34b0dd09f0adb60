using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.EndToEnd.Tests;

/// <summary>What one build printed, with the package's diagnostics picked out.</summary>
public sealed class BuildResult
{
    private static readonly Regex Diagnostic = new(
        @"^\s*(?<place>.+?) ?: (?<kind>error|warning|message) (?<code>RCA\d{4}): (?<message>.*) \[(?<project>[^\]]+)\]$",
        RegexOptions.CultureInvariant);

    private readonly CommandResult _command;

    internal BuildResult(CommandResult command)
    {
        _command = command;

        // The console logger repeats warnings and errors in a summary after this line; the lines
        // before it show how often each one was really logged.
        var lines = command.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var end = lines.FindIndex(l => l is "Build succeeded." or "Build FAILED.");
        Log = (end < 0 ? lines : lines.Take(end)).ToList();
        Diagnostics = Log.Select(l => l.Trim()).Where(l => Diagnostic.IsMatch(l)).ToList();
    }

    public int ExitCode => _command.ExitCode;

    public string Output => _command.Output;

    /// <summary>The output up to the summary.</summary>
    public IReadOnlyList<string> Log { get; }

    /// <summary>Every RCA diagnostic line in the log, as printed, in order.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    public IEnumerable<string> Codes => Diagnostics.Select(d => Diagnostic.Match(d).Groups["code"].Value);

    /// <summary>Lines of the given kind (error, warning, message), as (code, file and place).</summary>
    public IEnumerable<(string Code, string Place)> OfKind(string kind) =>
        Diagnostics.Select(d => Diagnostic.Match(d))
            .Where(m => m.Groups["kind"].Value == kind)
            .Select(m => (m.Groups["code"].Value, m.Groups["place"].Value));

    /// <summary>Each diagnostic line up to its message: <c>file(line,col): kind CODE</c>.</summary>
    public IEnumerable<string> Headers => Diagnostics.Select(d => Diagnostic.Match(d))
        .Select(m => $"{m.Groups["place"].Value}: {m.Groups["kind"].Value} {m.Groups["code"].Value}");

    public string[] CodesOf(string kind) => OfKind(kind).Select(d => d.Code).ToArray();

    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
