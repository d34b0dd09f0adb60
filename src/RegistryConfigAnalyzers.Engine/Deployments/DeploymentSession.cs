using System;
using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>What one analysis of a set of deployment files shares: project files, options, findings.</summary>
internal sealed class DeploymentSession
{
    private readonly Func<string, string?> _readProjectFile;
    private readonly Dictionary<string, SourceText?> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public DeploymentSession(Func<string, string?> readProjectFile, AnalysisOptions defaults)
    {
        _readProjectFile = readProjectFile;
        Defaults = defaults;
    }

    public AnalysisOptions Defaults { get; }

    public List<Finding> Findings { get; } = new();

    /// <summary>Findings that a <c># registry-config:</c> comment suppressed.</summary>
    public List<Finding> Suppressed { get; } = new();

    /// <summary>Env files read; their comments may suppress findings placed in them.</summary>
    public List<SourceText> EnvFilesRead { get; } = new();

    /// <summary>Lines of deployment files that hold an embedded config, whose comments the engine applied.</summary>
    public List<(string Path, int FirstLine, int LastLine)> EmbeddedLines { get; } = new();

    /// <summary>Project files that a registry reads as its config; a host need not check them alone.</summary>
    public SortedSet<string> ConfigFilesRead { get; } = new(StringComparer.Ordinal);

    /// <summary>A file of the project by its path, or null when the host does not have it.</summary>
    public SourceText? Read(string path)
    {
        if (_files.TryGetValue(path, out var known))
        {
            return known;
        }

        string? text;
        try
        {
            text = _readProjectFile(path);
        }
        catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException or ArgumentException
            or NotSupportedException)
        {
            text = null;
        }

        if (text is not null && text.Length > Defaults.MaxCharacters)
        {
            // Not read, as if the project lacked it; said on the file itself so that the cause is known.
            var start = new SourcePosition(1, 1, 0);
            Report(RuleIds.AnalysisLimit, new SourceSpan(path, start, start),
                $"The file has {text.Length:N0} characters, over the limit of {Defaults.MaxCharacters:N0}; it was not checked");
            text = null;
        }

        var file = text is null ? null : new SourceText(path, text);
        _files[path] = file;
        return file;
    }

    public AnalysisOptions OptionsFor(RegistryVersion version) => new()
    {
        Version = version,
        MaxCharacters = Defaults.MaxCharacters,
        MaxDepth = Defaults.MaxDepth,
        MaxNodes = Defaults.MaxNodes,
    };

    public void Report(string ruleId, SourceSpan span, string message, IReadOnlyList<SourceSpan>? related = null) =>
        Add(new Finding(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, span, related));

    public void Add(Finding finding)
    {
        if (_seen.Add(finding.RuleId + "|" + finding.Span + "|" + finding.Message))
        {
            Findings.Add(finding);
        }
    }

    public void AddSuppressed(Finding finding)
    {
        if (_seen.Add("suppressed|" + finding.RuleId + "|" + finding.Span + "|" + finding.Message))
        {
            Suppressed.Add(finding);
        }
    }
}
