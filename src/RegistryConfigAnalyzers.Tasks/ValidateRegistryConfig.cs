using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Tasks;

/// <summary>
/// Checks the registry configs among a project's files and logs every finding as a build
/// diagnostic. A file is checked when it has <c>RegistryConfig="true"</c>, or when it is a
/// <c>.yml</c>/<c>.yaml</c> file whose content looks like a registry config (unless it has
/// <c>RegistryConfig="false"</c> or detection is off). The task never fails on a bad file:
/// what it cannot check becomes an RCA0900 finding and the other files are still checked.
/// </summary>
public sealed class ValidateRegistryConfig : Task
{
    private const string ProductName = "RegistryConfigAnalyzers";

    private static readonly StringComparer PathComparer =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Func<string, bool> _looksLikeConfig;
    private readonly Func<ConfigInput, AnalysisOptions, IReadOnlyList<Finding>> _analyze;

    public ValidateRegistryConfig()
        : this(
            text => RegistryConfigEngine.LooksLikeRegistryConfig(text),
            (config, options) => RegistryConfigEngine.AnalyzeConfig(config, options).Findings)
    {
    }

    /// <summary>Lets tests stand in for the engine (one that throws, one that hangs).</summary>
    internal ValidateRegistryConfig(Func<string, bool> looksLikeConfig,
        Func<ConfigInput, AnalysisOptions, IReadOnlyList<Finding>> analyze)
    {
        _looksLikeConfig = looksLikeConfig;
        _analyze = analyze;
    }

    /// <summary>The candidate files, normally <c>@(AdditionalFiles)</c>.</summary>
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// Whether <c>.yml</c>/<c>.yaml</c> files without <c>RegistryConfig</c> metadata are checked
    /// when their content looks like a registry config.
    /// </summary>
    public bool DetectConfigs { get; set; } = true;

    /// <summary>The registry's major version, 2 or 3, for files without <c>RegistryVersion</c> metadata.</summary>
    public string? DefaultVersion { get; set; }

    /// <summary>Rule ids not to report, as in the project's <c>NoWarn</c>.</summary>
    public string? NoWarn { get; set; }

    /// <summary>Rule ids whose warnings become errors, as in <c>WarningsAsErrors</c>.</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>Rule ids that stay warnings under <c>TreatWarningsAsErrors</c>.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>Whether every warning becomes an error, as in <c>TreatWarningsAsErrors</c>.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The longest one file may take to check, in milliseconds.</summary>
    public int TimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// Whether each finding also carries its end line and column. MSBuild then prints
    /// <c>file(line,col,endLine,endCol)</c> instead of the usual <c>file(line,col)</c>; off by default.
    /// </summary>
    public bool ReportEndPosition { get; set; }

    /// <summary>
    /// Where the findings of this build are kept, so that the next build replays them for unchanged
    /// files instead of analysing them again. No cache when empty.
    /// </summary>
    public string? CacheFile { get; set; }

    public override bool Execute()
    {
        var policy = new SeverityPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        if (!TryParseVersion(DefaultVersion, out var defaultVersion))
        {
            LogUsageError(null, $"RegistryConfigVersion must be 2 or 3, not '{DefaultVersion}'.");
            defaultVersion = RegistryVersion.V3;
        }

        var cache = FindingsCache.Load(CacheFile);
        var seen = new HashSet<string>(PathComparer);
        var checkedCount = 0;
        foreach (var item in Files)
        {
            var candidate = Select(item, defaultVersion);
            if (candidate is null || !seen.Add(candidate.FullPath))
            {
                continue;
            }

            try
            {
                if (Check(candidate, policy, cache))
                {
                    checkedCount++;
                }
            }
            catch (Exception e)
            {
                // Whatever goes wrong with one file must not stop the build or the other files.
                ReportIncomplete(candidate.FullPath, policy,
                    $"The file was not checked: the check failed with {e.GetType().Name}: {e.Message}");
                checkedCount++;
            }
        }

        cache.Save();
        Log.LogMessage(MessageImportance.Low, "{0} checked {1} registry config{2}.",
            ProductName, checkedCount, checkedCount == 1 ? "" : "s");
        return !Log.HasLoggedErrors;
    }

    private Candidate? Select(ITaskItem item, RegistryVersion defaultVersion)
    {
        string fullPath;
        try
        {
            fullPath = item.GetMetadata("FullPath");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            LogUsageError(null, $"'{item.ItemSpec}' is not a usable file path: {e.Message}");
            return null;
        }

        var flag = item.GetMetadata("RegistryConfig").Trim();
        bool declared;
        if (flag.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            declared = true;
        }
        else if (flag.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        else if (flag.Length == 0)
        {
            if (!DetectConfigs || !IsYaml(fullPath))
            {
                return null;
            }

            declared = false;
        }
        else
        {
            LogUsageError(fullPath, $"RegistryConfig metadata must be true or false, not '{flag}'.");
            return null;
        }

        var versionText = item.GetMetadata("RegistryVersion");
        var version = defaultVersion;
        if (versionText.Trim().Length > 0 && !TryParseVersion(versionText, out version))
        {
            LogUsageError(fullPath, $"RegistryVersion metadata must be 2 or 3, not '{versionText}'.");
            return null;
        }

        return new Candidate(fullPath, declared, version);
    }

    /// <summary>Checks one file; returns whether it was treated as a registry config.</summary>
    private bool Check(Candidate candidate, SeverityPolicy policy, FindingsCache cache)
    {
        var options = new AnalysisOptions { Version = candidate.Version };
        if (!TryRead(candidate, options, policy, out var text))
        {
            return candidate.Declared;
        }

        var key = cache.Enabled
            ? FindingsCache.KeyOf(candidate.FullPath, candidate.Version, candidate.Declared, text)
            : "";
        if (cache.Enabled && cache.TryGet(key, out var cached))
        {
            return Report(cached, candidate, policy);
        }

        var limit = TimeSpan.FromMilliseconds(Math.Max(1, TimeoutMilliseconds));
        var run = TimeLimitedRun<IReadOnlyList<Finding>?>.Start(
            () => candidate.Declared || _looksLikeConfig(text)
                ? _analyze(new ConfigInput(candidate.FullPath, text), options)
                : null,
            limit);

        if (run.TimedOut)
        {
            ReportIncomplete(candidate.FullPath, policy,
                $"The file was not checked completely: checking it took longer than {limit.TotalSeconds:0.###} s");
            return true;
        }

        if (run.Error is not null)
        {
            ReportIncomplete(candidate.FullPath, policy,
                $"The file was not checked: the checker failed with {run.Error.GetType().Name}: {run.Error.Message}");
            return true;
        }

        // Only complete answers are kept: a time-out or a crash may not happen next time.
        if (cache.Enabled)
        {
            cache.Put(key, run.Value);
        }

        return Report(run.Value, candidate, policy);
    }

    /// <summary>Logs the findings of one file; returns whether it was a registry config.</summary>
    private bool Report(IReadOnlyList<Finding>? findings, Candidate candidate, SeverityPolicy policy)
    {
        if (findings is null)
        {
            return false;
        }

        foreach (var finding in findings)
        {
            Report(finding, candidate.FullPath, policy);
        }

        return true;
    }

    private bool TryRead(Candidate candidate, AnalysisOptions options, SeverityPolicy policy, out string text)
    {
        text = "";
        try
        {
            // Four bytes per character is the most UTF-8 needs, so a longer file is certainly over
            // the engine's limit; reading it would only cost time and memory.
            var length = new FileInfo(candidate.FullPath).Length;
            if (length > 4L * options.MaxCharacters)
            {
                if (candidate.Declared)
                {
                    ReportIncomplete(candidate.FullPath, policy,
                        $"The file was not checked: at {length} bytes it is over the checker's size limit");
                }

                return false;
            }

            text = File.ReadAllText(candidate.FullPath);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException
                                      or ArgumentException or System.Security.SecurityException)
        {
            ReportIncomplete(candidate.FullPath, policy,
                $"The file could not be read, so it was not checked: {e.Message.TrimEnd('.')}");
            return false;
        }
    }

    private void ReportIncomplete(string file, SeverityPolicy policy, string message)
    {
        var nowhere = new SourcePosition(0, 0, 0);
        var severity = RuleCatalog.Get(RuleIds.AnalysisLimit).DefaultSeverity;
        var span = new SourceSpan(file, nowhere, nowhere);
        Report(new Finding(RuleIds.AnalysisLimit, severity, message, span), file, policy);
    }

    private void Report(Finding finding, string fallbackFile, SeverityPolicy policy)
    {
        var severity = policy.Apply(finding.RuleId, finding.Severity);
        if (severity == ReportedSeverity.Suppressed)
        {
            return;
        }

        var span = finding.Span;
        var file = string.IsNullOrEmpty(span.Source) ? fallbackFile : span.Source;

        // MSBuild reads 0 as "no line"; a span without a start line has no end either.
        var line = Math.Max(0, span.Start.Line);
        var column = line == 0 ? 0 : Math.Max(0, span.Start.Column);
        var endLine = line == 0 || !ReportEndPosition ? 0 : Math.Max(0, span.End.Line);
        var endColumn = endLine == 0 ? 0 : Math.Max(0, span.End.Column);
        var code = finding.RuleId;
        var helpLink = HelpLink(code);
        var noArgs = Array.Empty<object>();

        switch (severity)
        {
            case ReportedSeverity.Error:
                Log.LogError(null, code, code, helpLink, file, line, column, endLine, endColumn, finding.Message,
                    noArgs);
                break;
            case ReportedSeverity.Warning:
                Log.LogWarning(null, code, code, helpLink, file, line, column, endLine, endColumn, finding.Message,
                    noArgs);
                break;
            default:
                Log.LogMessage(null, code, code, file, line, column, endLine, endColumn, MessageImportance.Normal,
                    finding.Message, noArgs);
                break;
        }
    }

    private static string? HelpLink(string ruleId)
    {
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.Id == ruleId)
            {
                return rule.HelpUri;
            }
        }

        return null;
    }

    private void LogUsageError(string? file, string message) =>
        Log.LogError(null, null, null, file, 0, 0, 0, 0, $"{ProductName}: {message}", Array.Empty<object>());

    private static bool IsYaml(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryParseVersion(string? text, out RegistryVersion version)
    {
        switch (text?.Trim())
        {
            case null or "" or "3":
                version = RegistryVersion.V3;
                return true;
            case "2":
                version = RegistryVersion.V2;
                return true;
            default:
                version = RegistryVersion.V3;
                return false;
        }
    }

    private sealed class Candidate
    {
        public Candidate(string fullPath, bool declared, RegistryVersion version)
        {
            FullPath = fullPath;
            Declared = declared;
            Version = version;
        }

        public string FullPath { get; }

        /// <summary>Listed with <c>RegistryConfig="true"</c>, as opposed to found by its content.</summary>
        public bool Declared { get; }

        public RegistryVersion Version { get; }
    }
}
