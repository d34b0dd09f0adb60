using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Engine.Deployments;
using RegistryConfigAnalyzers.Engine.Reporting;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>One run of the tool: reads the inputs, asks the engine, applies severities and writes the report.</summary>
internal sealed class Linter
{
    // LooksLikeRegistryConfig judges nothing larger, so a folder's bigger files are not even read.
    private const long FolderFileLimit = 8 * 1024 * 1024;

    private readonly LintOptions _options;
    private readonly LintHost _host;
    private readonly AnalysisOptions _analysis;

    // Full path of each file read, to the path shown for it (relative to the working folder when below it).
    private readonly Dictionary<string, string> _shown = new(StringComparer.Ordinal);
    private bool _readFailed;

    public Linter(LintOptions options, LintHost host)
    {
        _options = options;
        _host = host;
        _analysis = new AnalysisOptions { Version = options.Version };
    }

    public int Run()
    {
        var environment = ReadEnvironment();
        var results = new List<(Finding Finding, bool Suppressed)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedCount = 0;
        if (_options.Paths.Count == 0)
        {
            // Only an environment: it acts on the config baked into the registry image.
            Collect(RegistryConfigEngine.AnalyzeEffective(null, environment, _analysis), results, seen);
            checkedCount++;
        }

        var configs = new List<ConfigInput>();
        var deployments = new List<DeploymentFile>();
        foreach (var (path, named) in FilesToCheck())
        {
            var input = ReadCandidate(path, named, out var tooLarge);
            if (tooLarge is not null)
            {
                Collect(tooLarge, suppressed: false, results, seen);
                checkedCount++;
            }

            if (input is null)
            {
                continue;
            }

            // The task picks deployments the same way, so both hosts split a folder alike.
            if (input.EncodingError is null && DeploymentAnalyzer.LooksLikeDeployment(input.Text))
            {
                deployments.Add(new DeploymentFile(path, input.Text));
            }
            else if (named || _options.All || RegistryConfigEngine.LooksLikeRegistryConfig(input.Text))
            {
                configs.Add(input);
            }
        }

        var mounted = CheckDeployments(deployments, results, seen);
        foreach (var input in configs)
        {
            // A mounted config was judged with the environment of the deployment that mounts it.
            if (mounted.Contains(input.Source) && input.EncodingError is null)
            {
                checkedCount++;
                continue;
            }

            Collect(RegistryConfigEngine.AnalyzeEffective(input, environment, _analysis), results, seen);
            checkedCount++;
        }

        if (!WriteReport(results))
        {
            return ExitCodes.ReadFailure;
        }

        var errors = results.Count(r => !r.Suppressed && r.Finding.Severity == FindingSeverity.Error);
        WriteSummary(checkedCount, deployments.Count, results);
        return _readFailed ? ExitCodes.ReadFailure : errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private List<EnvironmentVariable> ReadEnvironment()
    {
        // A later definition of a name wins, as with docker's --env-file and -e.
        var byName = new Dictionary<string, EnvironmentVariable>(StringComparer.Ordinal);
        foreach (var file in _options.EnvFiles)
        {
            var full = FullPath(file);
            var text = ReadText(full, file);
            if (text is null)
            {
                continue;
            }

            var skipped = new List<(int Line, string Text)>();
            foreach (var variable in EnvFile.Parse(full, text, _host.Environment, skipped))
            {
                byName[variable.Name] = variable;
            }

            foreach (var (line, entry) in skipped)
            {
                _host.Error.WriteLine(
                    $"registry-config-lint: {Shown(full)}({line}): skipped `{entry}`: not NAME=VALUE");
            }
        }

        if (_options.ProcessEnvironment)
        {
            // Names the registry would ignore only for their case are taken too, so the engine can say so.
            var registry = _host.Environment
                .Where(p => p.Key.StartsWith("REGISTRY_", StringComparison.OrdinalIgnoreCase));
            foreach (var pair in registry)
            {
                byName[pair.Key] = new EnvironmentVariable(pair.Key, pair.Value);
            }
        }

        return byName.Values.OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
    }

    private IEnumerable<(string Path, bool Named)> FilesToCheck()
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _options.Paths)
        {
            var full = FullPath(path);
            if (File.Exists(full))
            {
                if (listed.Add(full))
                {
                    yield return (full, true);
                }

                continue;
            }

            if (!Directory.Exists(full))
            {
                ReadFailure(path, "no such file or folder");
                continue;
            }

            var unreadable = new List<(string Path, string Reason)>();
            var files = ConfigFiles.YamlFilesUnder(full, unreadable);
            foreach (var (folder, reason) in unreadable)
            {
                ReadFailure(Shown(folder), reason);
            }

            foreach (var file in files.Where(listed.Add))
            {
                yield return (file, false);
            }
        }
    }

    /// <summary>
    /// Reads a file that may be checked; the caller decides from its text whether it is a deployment, a
    /// config, or neither. A folder's files over the detection limit are not read.
    /// </summary>
    private ConfigInput? ReadCandidate(string path, bool named, out Finding? tooLarge)
    {
        tooLarge = null;
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ReadFailure(Shown(path), ex.Message);
            return null;
        }

        if (!named && !_options.All && length > FolderFileLimit)
        {
            return null;
        }

        // Even at four bytes a character such a file is over the engine's limit: do not load it.
        if (length > 4L * _analysis.MaxCharacters)
        {
            Remember(path);
            var start = new SourcePosition(1, 1, 0);
            tooLarge = new Finding(RuleIds.AnalysisLimit, RuleCatalog.Get(RuleIds.AnalysisLimit).DefaultSeverity,
                $"The file has {length:N0} bytes, over the limit of {_analysis.MaxCharacters:N0} characters; " +
                "it was not checked",
                new SourceSpan(path, start, start));
            return null;
        }

        var input = ReadBytes(path, Shown(path));
        if (input is not null)
        {
            Remember(path);
        }

        return input;
    }

    /// <summary>
    /// Judges all deployment files in one analysis, so that a manifest sees the ConfigMaps and Services
    /// of the others. Returns the full paths of the configs they mount, which are not judged again alone.
    /// </summary>
    private HashSet<string> CheckDeployments(List<DeploymentFile> deployments,
        List<(Finding, bool)> results, HashSet<string> seen)
    {
        var mounted = new HashSet<string>(StringComparer.Ordinal);
        if (deployments.Count == 0)
        {
            return mounted;
        }

        var result = DeploymentAnalyzer.Analyze(deployments, ReadBaseFile, _analysis);
        foreach (var (findings, suppressed) in new[] { (result.Findings, false), (result.Suppressed, true) })
        {
            foreach (var finding in findings)
            {
                Collect(InFile(finding, deployments[0].Path), suppressed, results, seen);
            }
        }

        foreach (var path in result.ConfigFilesRead.Where(Path.IsPathRooted))
        {
            mounted.Add(FullPath(path));
        }

        return mounted;
    }

    // A finding that names no file is placed in the first deployment file, as the build task does.
    private static Finding InFile(Finding finding, string fallback)
    {
        var span = finding.Span;
        if (!string.IsNullOrEmpty(span.Source))
        {
            return finding;
        }

        return new Finding(finding.RuleId, finding.Severity, finding.Message,
            new SourceSpan(fallback, span.Start, span.End), finding.RelatedSpans);
    }

    /// <summary>
    /// A file a deployment mounts or names as an env file, read only inside the base directory, so that a
    /// deployment cannot make the tool read the machine's other files. Null means the file is not there.
    /// </summary>
    private string? ReadBaseFile(string path)
    {
        // A relative path (such as ~/cfg.yml) means nothing on the machine the tool runs on.
        if (!Path.IsPathRooted(path))
        {
            return null;
        }

        var full = FullPath(path);
        var root = FullPath(_options.BaseDirectory ?? ".").TrimEnd(Path.DirectorySeparatorChar,
            Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        try
        {
            // The same bound as for a named file: a longer file is certainly over the engine's limit.
            if (new FileInfo(full).Length > 4L * _analysis.MaxCharacters)
            {
                return null;
            }

            var text = ConfigInput.FromBytes(full, ReadAllBytes(full)).Text;
            Remember(full);
            return text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ReadFailure(Shown(full), ex.Message);
            return null;
        }
    }

    // A named pipe or a device reports no length, and opening one can wait for ever for a writer; an
    // empty regular file reads as nothing anyway, so neither is opened.
    private static byte[] ReadAllBytes(string path) =>
        new FileInfo(path).Length == 0 ? Array.Empty<byte>() : File.ReadAllBytes(path);

    // A config is decoded as the registry decodes it (ConfigInput.FromBytes), not as .NET would.
    private ConfigInput? ReadBytes(string fullPath, string shown)
    {
        try
        {
            return ConfigInput.FromBytes(fullPath, ReadAllBytes(fullPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException
            or ArgumentException)
        {
            ReadFailure(shown, ex.Message);
            return null;
        }
    }

    private string? ReadText(string fullPath, string shown)
    {
        try
        {
            var text = new FileInfo(fullPath).Length == 0 ? string.Empty : File.ReadAllText(fullPath);
            Remember(fullPath);
            return text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException
            or ArgumentException)
        {
            ReadFailure(shown, ex.Message);
            return null;
        }
    }

    private void Collect(AnalysisResult result, List<(Finding, bool)> results, HashSet<string> seen)
    {
        foreach (var finding in result.Findings)
        {
            Collect(finding, suppressed: false, results, seen);
        }

        foreach (var finding in result.Suppressed)
        {
            Collect(finding, suppressed: true, results, seen);
        }
    }

    /// <summary>Adds a finding at the level the user set for its rule; an env file's finding is kept once.</summary>
    private void Collect(Finding finding, bool suppressed, List<(Finding, bool)> results, HashSet<string> seen)
    {
        var level = _options.LevelOf(finding.RuleId, finding.Severity);
        if (level == RuleLevel.None || !seen.Add($"{finding.RuleId}|{finding.Span}|{finding.Message}|{suppressed}"))
        {
            return;
        }

        var severity = level switch
        {
            RuleLevel.Error => FindingSeverity.Error,
            RuleLevel.Warning => FindingSeverity.Warning,
            _ => FindingSeverity.Info,
        };
        if (severity != finding.Severity)
        {
            finding = new Finding(finding.RuleId, severity, finding.Message, finding.Span, finding.RelatedSpans);
        }

        results.Add((finding, suppressed));
    }

    private bool WriteReport(List<(Finding Finding, bool Suppressed)> results)
    {
        var report = new StringWriter { NewLine = "\n" };
        if (_options.Format == OutputFormat.Sarif)
        {
            var logged = _options.OmitSuppressed ? results.Where(r => !r.Suppressed) : results;
            SarifWriter.Write(report, logged, FullPath(_options.BaseDirectory ?? "."));
        }
        else
        {
            foreach (var (finding, _) in results.Where(r => !r.Suppressed))
            {
                report.WriteLine(MsBuildLine(finding));
            }
        }

        if (_options.OutputPath is null)
        {
            _host.Output.Write(report.ToString());
            return true;
        }

        try
        {
            File.WriteAllText(FullPath(_options.OutputPath), report.ToString(), new UTF8Encoding(false));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException
            or ArgumentException)
        {
            _host.Error.WriteLine($"registry-config-lint: cannot write '{_options.OutputPath}': {ex.Message}");
            return false;
        }
    }

    /// <summary>The canonical MSBuild form, which CI systems and editors turn into annotations.</summary>
    private string MsBuildLine(Finding finding)
    {
        var span = finding.Span;
        var location = _shown.TryGetValue(span.Source, out var shown)
            ? $"{shown}({span.Start.Line},{span.Start.Column})"
            : span.Source;
        var category = finding.Severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "info",
        };
        var message = finding.Message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        return $"{location}: {category} {finding.RuleId}: {message}";
    }

    private void WriteSummary(int checkedCount, int deploymentCount,
        List<(Finding Finding, bool Suppressed)> results)
    {
        if (checkedCount + deploymentCount == 0 && _readFailed)
        {
            return;
        }

        if (checkedCount + deploymentCount == 0)
        {
            _host.Error.WriteLine("registry-config-lint: no registry config found in the given paths" +
                (_options.All ? string.Empty : " (--all checks every *.yml and *.yaml)"));
            return;
        }

        var shown = results.Where(r => !r.Suppressed).Select(r => r.Finding.Severity).ToList();
        var suppressed = results.Count(r => r.Suppressed);
        _host.Error.WriteLine(
            $"registry-config-lint: checked {Count(checkedCount, "registry config")}" +
            (deploymentCount == 0 ? "" : $" and {Count(deploymentCount, "deployment file")}") + ": " +
            $"{Count(shown.Count(s => s == FindingSeverity.Error), "error")}, " +
            $"{Count(shown.Count(s => s == FindingSeverity.Warning), "warning")}, " +
            $"{shown.Count(s => s == FindingSeverity.Info)} info" +
            (suppressed > 0 ? $"; {suppressed} suppressed" : string.Empty));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private void ReadFailure(string shown, string reason)
    {
        _readFailed = true;
        _host.Error.WriteLine($"registry-config-lint: cannot read '{shown}': {reason}");
    }

    private string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path, _host.WorkingDirectory);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private void Remember(string fullPath) => _shown[fullPath] = Shown(fullPath);

    private string Shown(string fullPath)
    {
        var relative = Path.GetRelativePath(_host.WorkingDirectory, fullPath);
        var outside = relative == ".." ||
            relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return outside || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
