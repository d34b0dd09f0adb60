using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Reporting;
using RegistryConfigAnalyzers.Engine.Deployments;

namespace RegistryConfigAnalyzers.Tasks;

/// <summary>
/// Checks the registry configs among a project's files and logs every finding as a build
/// diagnostic. A file is checked when it has <c>RegistryConfig="true"</c>, or when it is a
/// <c>.yml</c>/<c>.yaml</c> file whose content looks like a registry config (unless it has
/// <c>RegistryConfig="false"</c> or detection is off). The task never fails on a bad file:
/// what it cannot check becomes an RCA0900 finding and the other files are still checked.
/// Compose files and Kubernetes manifests among the files, picked by the same rules, are judged
/// together as the registry they deploy; a config they mount is judged with their environment
/// and not again on its own.
/// </summary>
public sealed class ValidateRegistryConfig : Task
{
    private const string ProductName = "RegistryConfigAnalyzers";

    private static readonly StringComparer PathComparer =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Func<string, bool> _looksLikeConfig;
    private readonly Func<ConfigInput, AnalysisOptions, IReadOnlyList<Finding>> _analyze;
    private readonly AnalyzeDeployments _analyzeDeployments;
    private readonly List<(Finding Finding, bool Suppressed)> _sarifResults = new();

    public ValidateRegistryConfig()
        : this(
            text => RegistryConfigEngine.LooksLikeRegistryConfig(text),
            (config, options) => WithSuppressed(RegistryConfigEngine.AnalyzeConfig(config, options)))
    {
    }

    /// <summary>Lets tests stand in for the config engine (one that throws, one that hangs).</summary>
    internal ValidateRegistryConfig(Func<string, bool> looksLikeConfig,
        Func<ConfigInput, AnalysisOptions, IReadOnlyList<Finding>> analyze)
        : this(looksLikeConfig, analyze, DeploymentAnalyzer.Analyze)
    {
    }

    /// <summary>Lets tests stand in for the deployment analysis too.</summary>
    internal ValidateRegistryConfig(Func<string, bool> looksLikeConfig,
        Func<ConfigInput, AnalysisOptions, IReadOnlyList<Finding>> analyze, AnalyzeDeployments analyzeDeployments)
    {
        _looksLikeConfig = looksLikeConfig;
        _analyze = analyze;
        _analyzeDeployments = analyzeDeployments;
    }

    internal delegate DeploymentResult AnalyzeDeployments(IReadOnlyList<DeploymentFile> files,
        Func<string, string?> readProjectFile, AnalysisOptions defaults);

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

    /// <summary>
    /// Where to write the findings as a SARIF 2.1.0 log, relative to <see cref="ProjectDirectory"/>;
    /// no log when empty.
    /// </summary>
    public string? SarifFile { get; set; }

    /// <summary>
    /// The project's <c>@(EditorConfigFiles)</c>: <c>.editorconfig</c> and <c>.globalconfig</c> files whose
    /// <c>dotnet_diagnostic.RCAnnnn.severity</c> settings apply to the findings.
    /// </summary>
    public ITaskItem[] EditorConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The project's <c>@(GlobalAnalyzerConfigFiles)</c>, read as global configs; missing ones are skipped.
    /// </summary>
    public ITaskItem[] GlobalAnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The project's folder: relative paths are taken against it and the SARIF log's file locations are
    /// relative to it. Deployment files may read the configs and env files they name only inside it;
    /// when empty, they read none.
    /// </summary>
    public string? ProjectDirectory { get; set; }

    public override bool Execute()
    {
        var configFiles = AnalyzerConfigFiles.Load(EditorConfigFiles.Select(i => i.ItemSpec),
            GlobalAnalyzerConfigFiles.Select(i => i.ItemSpec),
            (file, error) => LogUsageError(file, $"The analyzer config file could not be read: {error}"));
        var policy = new SeverityPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors,
            configFiles);
        if (!TryParseVersion(DefaultVersion, out var defaultVersion))
        {
            LogUsageError(null, $"RegistryConfigVersion must be 2 or 3, not '{DefaultVersion}'.");
            defaultVersion = RegistryVersion.V3;
        }

        var cache = FindingsCache.Load(CacheFile);
        var seen = new HashSet<string>(PathComparer);
        var configs = new List<(Candidate Candidate, ConfigInput? Input)>();
        var deployments = new List<(Candidate Candidate, string Text)>();
        foreach (var item in Files)
        {
            var candidate = Select(item, defaultVersion);
            if (candidate is null || !seen.Add(candidate.FullPath))
            {
                continue;
            }

            try
            {
                var options = new AnalysisOptions { Version = candidate.Version };
                if (!TryRead(candidate, options, policy, out var input))
                {
                    configs.Add((candidate, null));
                    continue;
                }

                if (input.EncodingError is null && DeploymentAnalyzer.LooksLikeDeployment(input.Text))
                {
                    deployments.Add((candidate, input.Text));
                }
                else
                {
                    configs.Add((candidate, input));
                }
            }
            catch (Exception e)
            {
                ReportIncomplete(candidate.FullPath, policy,
                    $"The file was not checked: the check failed with {e.GetType().Name}: {e.Message}");
            }
        }

        var mounted = new HashSet<string>(PathComparer);
        try
        {
            if (deployments.Count > 0)
            {
                mounted = CheckDeployments(deployments, defaultVersion, policy);
            }
        }
        catch (Exception e)
        {
            // The configs are then all checked alone, which is still worth doing.
            foreach (var (candidate, _) in deployments)
            {
                ReportIncomplete(candidate.FullPath, policy,
                    $"The file was not checked: the check failed with {e.GetType().Name}: {e.Message}");
            }
        }

        var checkedCount = 0;
        foreach (var (candidate, input) in configs)
        {
            // A mounted config was judged with the environment of the deployment that mounts it.
            if (mounted.Contains(candidate.FullPath) && input?.EncodingError is null)
            {
                checkedCount++;
                continue;
            }

            try
            {
                if (Check(candidate, input, policy, cache))
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
        WriteSarif();
        var deploymentNote = deployments.Count == 0
            ? ""
            : $" and {deployments.Count} deployment file{(deployments.Count == 1 ? "" : "s")}";
        Log.LogMessage(MessageImportance.Low, "{0} checked {1} registry config{2}{3}.",
            ProductName, checkedCount, checkedCount == 1 ? "" : "s", deploymentNote);
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// Judges all deployment files in one analysis, so that a manifest sees the ConfigMaps and
    /// Services of the others. Returns the full paths of the configs they mount; none when the
    /// analysis did not finish, so that those configs are still checked alone. Not cached: what
    /// a deployment reads is only known once it has been analysed.
    /// </summary>
    private HashSet<string> CheckDeployments(List<(Candidate Candidate, string Text)> deployments,
        RegistryVersion defaultVersion, SeverityPolicy policy)
    {
        var mounted = new HashSet<string>(PathComparer);
        var files = deployments.ConvertAll(d => new DeploymentFile(d.Candidate.FullPath, d.Text));
        var options = new AnalysisOptions { Version = defaultVersion };
        var limit = TimeSpan.FromMilliseconds(Math.Max(1, TimeoutMilliseconds));
        var run = TimeLimitedRun<DeploymentResult>.Start(
            () => _analyzeDeployments(files, ReadProjectFile, options), limit);

        string? failure = null;
        if (run.TimedOut)
        {
            failure = "The deployment files were not checked completely: checking them took longer than " +
                $"{limit.TotalSeconds:0.###} s";
        }
        else if (run.Error is not null || run.Value is null)
        {
            var error = run.Error is null ? "no result" : $"{run.Error.GetType().Name}: {run.Error.Message}";
            failure = $"The deployment files were not checked: the checker failed with {error}";
        }

        if (failure is not null)
        {
            foreach (var (candidate, _) in deployments)
            {
                ReportIncomplete(candidate.FullPath, policy, failure);
            }

            return mounted;
        }

        foreach (var finding in run.Value!.Findings)
        {
            Report(finding, deployments[0].Candidate.FullPath, policy);
        }

        foreach (var path in run.Value.ConfigFilesRead)
        {
            if (TryFullPath(path, out var full))
            {
                mounted.Add(full);
            }
        }

        return mounted;
    }

    /// <summary>A file a deployment names, when it lies in the project folder and is not too large.</summary>
    private string? ReadProjectFile(string path)
    {
        if (string.IsNullOrWhiteSpace(ProjectDirectory) || !TryFullPath(path, out var full))
        {
            return null;
        }

        var root = Path.GetFullPath(ProjectDirectory!.Trim()).TrimEnd(Path.DirectorySeparatorChar,
            Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var comparison = PathComparer == StringComparer.Ordinal
            ? StringComparison.Ordinal
            : StringComparison.OrdinalIgnoreCase;
        if (!full.StartsWith(root, comparison) || !File.Exists(full))
        {
            return null;
        }

        // The same bound as for a listed file: a longer file is certainly over the engine's limit.
        if (new FileInfo(full).Length > 4L * new AnalysisOptions().MaxCharacters)
        {
            return null;
        }

        return ConfigInput.FromBytes(full, ReadBytes(full)).Text;
    }

    private static bool TryFullPath(string path, out string full)
    {
        full = "";
        try
        {
            // Only rooted paths: a relative one (such as ~/cfg.yml) means nothing on the build machine.
            if (!Path.IsPathRooted(path))
            {
                return false;
            }

            full = Path.GetFullPath(path);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException
                                      or System.Security.SecurityException)
        {
            return false;
        }
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

    /// <summary>Checks one file's text (null when unreadable); returns whether it was a registry config.</summary>
    private bool Check(Candidate candidate, ConfigInput? input, SeverityPolicy policy, FindingsCache cache)
    {
        var options = new AnalysisOptions { Version = candidate.Version };
        if (input is null)
        {
            return candidate.Declared;
        }

        // Bytes that do not decode become U+FFFD, so the key must tell them from a written U+FFFD.
        var text = input.Text;
        var key = cache.Enabled
            ? FindingsCache.KeyOf(candidate.FullPath, candidate.Version, candidate.Declared,
                input.EncodingError is null ? text : text + "\0" + input.EncodingError)
            : "";
        if (cache.Enabled && cache.TryGet(key, out var cached))
        {
            return Report(cached, candidate, policy);
        }

        var limit = TimeSpan.FromMilliseconds(Math.Max(1, TimeoutMilliseconds));
        var run = TimeLimitedRun<IReadOnlyList<Finding>?>.Start(
            () => candidate.Declared || _looksLikeConfig(text)
                ? _analyze(input, options)
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

    private bool TryRead(Candidate candidate, AnalysisOptions options, SeverityPolicy policy, out ConfigInput input)
    {
        input = new ConfigInput(candidate.FullPath, "");
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

            // Decoded as the registry decodes it, not as .NET would: see ConfigInput.FromBytes.
            input = ConfigInput.FromBytes(candidate.FullPath, ReadBytes(candidate.FullPath));
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

    /// <summary>
    /// Reads a file. Opening a named pipe waits until something writes to it, and a build must not
    /// wait, so a file that reports no length (a pipe, a device, or an empty file, which reads at
    /// once) is read within the per-file time limit, on a thread of its own. Other files are read
    /// directly: a thread for each of hundreds of configs would cost more than reading them.
    /// </summary>
    private byte[] ReadBytes(string path)
    {
        if (new FileInfo(path).Length > 0)
        {
            return File.ReadAllBytes(path);
        }

        var limit = TimeSpan.FromMilliseconds(Math.Max(1, TimeoutMilliseconds));
        var run = TimeLimitedRun<byte[]>.Start(() => File.ReadAllBytes(path), limit);
        if (run.TimedOut)
        {
            throw new IOException(
                $"reading it took longer than {limit.TotalSeconds:0.###} s (a named pipe?)");
        }

        if (run.Error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(run.Error).Throw();
        }

        return run.Value!;
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
        var span = finding.Span;
        var file = string.IsNullOrEmpty(span.Source) ? fallbackFile : span.Source;
        var severity = policy.Apply(finding.RuleId, finding.Severity, file);
        if (severity == ReportedSeverity.Suppressed)
        {
            return;
        }

        Collect(finding, severity);

        // A finding that a comment in the file suppresses goes only to the SARIF log, for audits.
        if (finding.SuppressionReason is not null)
        {
            return;
        }

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

    /// <summary>Keeps a finding for the SARIF log at the level the project's settings gave it.</summary>
    private void Collect(Finding finding, ReportedSeverity severity)
    {
        if (string.IsNullOrEmpty(SarifFile))
        {
            return;
        }

        var level = severity switch
        {
            ReportedSeverity.Error => FindingSeverity.Error,
            ReportedSeverity.Warning => FindingSeverity.Warning,
            _ => FindingSeverity.Info,
        };
        var logged = level == finding.Severity
            ? finding
            : new Finding(finding.RuleId, level, finding.Message, finding.Span, finding.RelatedSpans,
                finding.SuppressionReason);
        _sarifResults.Add((logged, finding.SuppressionReason is not null));
    }

    private void WriteSarif()
    {
        if (string.IsNullOrEmpty(SarifFile))
        {
            return;
        }

        var baseDirectory = string.IsNullOrEmpty(ProjectDirectory)
            ? Directory.GetCurrentDirectory()
            : ProjectDirectory!;
        try
        {
            var path = Path.GetFullPath(Path.Combine(baseDirectory, SarifFile!));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            SarifWriter.Write(writer, _sarifResults, baseDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                      or NotSupportedException or System.Security.SecurityException)
        {
            LogUsageError(null, $"The SARIF log '{SarifFile}' could not be written: {e.Message}");
        }
    }

    /// <summary>
    /// The findings to report followed by those the file's comments suppressed; only the latter carry a
    /// <see cref="Finding.SuppressionReason"/>, which is how the rest of the task tells them apart.
    /// </summary>
    private static IReadOnlyList<Finding> WithSuppressed(AnalysisResult result) =>
        result.Suppressed.Count == 0 ? result.Findings : result.Findings.Concat(result.Suppressed).ToList();

    private static string? HelpLink(string ruleId) => RuleCatalog.Contains(ruleId) ? RuleCatalog.Get(ruleId).HelpUri : null;

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
