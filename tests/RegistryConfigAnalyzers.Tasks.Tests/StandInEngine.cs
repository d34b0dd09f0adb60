using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>
/// Stands in for the rule engine so the task's own behaviour can be specified: which files it
/// hands over, with which options, and what it does with what comes back (or does not).
/// </summary>
internal sealed class StandInEngine
{
    private readonly List<Func<ConfigInput, IEnumerable<Finding>>> _rules = new();

    public List<(string Source, RegistryVersion Version)> Analyzed { get; } = new();

    public List<string> Detected { get; } = new();

    /// <summary>Whether a YAML text counts as a registry config; by default, when it has a storage key.</summary>
    public Func<string, bool> LooksLikeConfig { get; set; } = text => text.Contains("storage:");

    /// <summary>Runs before the rules on every file handed over, so a test can make one throw or stall.</summary>
    public Action<ConfigInput>? Before { get; set; }

    /// <summary>Reports <paramref name="ruleId"/> on every occurrence of <paramref name="text"/>.</summary>
    public StandInEngine Reports(string ruleId, FindingSeverity severity, string text, string message = "found it")
    {
        _rules.Add(input => Occurrences(input.Text, text)
            .Select(offset => new Finding(ruleId, severity, message, SpanOf(input, offset, text.Length))));
        return this;
    }

    /// <summary>
    /// Like <see cref="Reports"/>, for findings that a comment in the file suppressed with <paramref name="reason"/>.
    /// </summary>
    public StandInEngine ReportsSuppressed(string ruleId, FindingSeverity severity, string text, string reason)
    {
        _rules.Add(input => Occurrences(input.Text, text)
            .Select(offset => new Finding(ruleId, severity, "found it", SpanOf(input, offset, text.Length),
                suppressionReason: reason)));
        return this;
    }

    public ValidateRegistryConfig CreateTask(RecordingBuildEngine log, params ITaskItem[] files) =>
        new ValidateRegistryConfig(Detect, Analyze)
        {
            BuildEngine = log,
            Files = files,
            ReportEndPosition = true,
        };

    /// <summary>A task whose deployment analysis is the given stand-in instead of the engine.</summary>
    public ValidateRegistryConfig CreateTask(RecordingBuildEngine log,
        ValidateRegistryConfig.AnalyzeDeployments analyzeDeployments, params ITaskItem[] files) =>
        new ValidateRegistryConfig(Detect, Analyze, analyzeDeployments)
        {
            BuildEngine = log,
            Files = files,
            ReportEndPosition = true,
        };

    public static ITaskItem Item(string path, string? registryConfig = null, string? registryVersion = null)
    {
        var item = new TaskItem(path);
        if (registryConfig is not null)
        {
            item.SetMetadata("RegistryConfig", registryConfig);
        }

        if (registryVersion is not null)
        {
            item.SetMetadata("RegistryVersion", registryVersion);
        }

        return item;
    }

    private bool Detect(string text)
    {
        Detected.Add(text);
        return LooksLikeConfig(text);
    }

    private IReadOnlyList<Finding> Analyze(ConfigInput input, AnalysisOptions options)
    {
        lock (Analyzed)
        {
            Analyzed.Add((input.Source, options.Version));
        }

        Before?.Invoke(input);
        return _rules.SelectMany(rule => rule(input)).ToList();
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    private static SourceSpan SpanOf(ConfigInput input, int offset, int length) =>
        new(input.Source, PositionOf(input.Text, offset), PositionOf(input.Text, offset + length));

    private static SourcePosition PositionOf(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, offset - lineStart + 1, offset);
    }
}

internal static class TaskExtensions
{
    public static ValidateRegistryConfig WithCache(this ValidateRegistryConfig task, string cacheFile)
    {
        task.CacheFile = cacheFile;
        return task;
    }

    public static ValidateRegistryConfig WithProject(this ValidateRegistryConfig task, string directory)
    {
        task.ProjectDirectory = directory;
        return task;
    }
}
