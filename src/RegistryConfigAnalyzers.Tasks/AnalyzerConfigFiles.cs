using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.Tasks;

/// <summary>A rule severity that an <c>.editorconfig</c> or <c>.globalconfig</c> sets.</summary>
internal enum ConfiguredSeverity
{
    Default,
    None,
    Silent,
    Suggestion,
    Warning,
    Error,
}

/// <summary>
/// The <c>dotnet_diagnostic.*.severity</c> and <c>dotnet_analyzer_diagnostic.*severity</c> settings of
/// the project's analyzer config files, read the way the compiler reads them for code: global configs
/// apply to every file, <c>.editorconfig</c> sections to the files their glob matches, a deeper
/// <c>.editorconfig</c> over a shallower one and any <c>.editorconfig</c> over a global config.
/// </summary>
internal sealed class AnalyzerConfigFiles
{
    private static readonly StringComparison PathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly List<ConfigFile> _global;
    private readonly List<ConfigFile> _editorConfigs;
    private readonly Dictionary<string, Dictionary<string, string>> _byFile = new(StringComparer.Ordinal);

    private AnalyzerConfigFiles(List<ConfigFile> global, List<ConfigFile> editorConfigs)
    {
        _global = global;
        _editorConfigs = editorConfigs;
    }

    public static AnalyzerConfigFiles Empty { get; } = new(new List<ConfigFile>(), new List<ConfigFile>());

    /// <summary>
    /// Reads the files that exist among <paramref name="editorConfigFiles"/> and
    /// <paramref name="globalConfigFiles"/>; a file that cannot be read is reported to
    /// <paramref name="unreadable"/> and left out.
    /// </summary>
    public static AnalyzerConfigFiles Load(IEnumerable<string> editorConfigFiles, IEnumerable<string> globalConfigFiles,
        Action<string, string> unreadable)
    {
        var globalPaths = new HashSet<string>(globalConfigFiles.Select(Normalize), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var global = new List<ConfigFile>();
        var editorConfigs = new List<ConfigFile>();
        foreach (var path in editorConfigFiles.Select(Normalize).Concat(globalPaths))
        {
            if (path.Length == 0 || !seen.Add(path) || !File.Exists(path))
            {
                continue;
            }

            ConfigFile file;
            try
            {
                file = ConfigFile.Parse(path, File.ReadAllText(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable(path, e.Message);
                continue;
            }

            var isGlobal = file.IsGlobal || globalPaths.Contains(path)
                || Path.GetFileName(path).Equals(".globalconfig", StringComparison.OrdinalIgnoreCase);
            (isGlobal ? global : editorConfigs).Add(file);
        }

        // A higher global_level wins; the order of equal levels is the order the project lists them.
        global = global.Select((file, index) => (file, index))
            .OrderBy(p => p.file.GlobalLevel).ThenBy(p => p.index)
            .Select(p => p.file).ToList();

        // Shallow to deep, so a closer file overrides; a root file ends the files above it.
        editorConfigs = editorConfigs.OrderBy(f => f.Directory.Length).ToList();
        var root = editorConfigs.FindLastIndex(f => f.IsRoot);
        if (root > 0)
        {
            editorConfigs = editorConfigs.Skip(root).ToList();
        }

        return new AnalyzerConfigFiles(global, editorConfigs);
    }

    public bool IsEmpty => _global.Count == 0 && _editorConfigs.Count == 0;

    /// <summary>
    /// The severity the files set for <paramref name="ruleId"/> in <paramref name="fullPath"/>: the rule's own
    /// key, else its category's, else the all-rules key; null when none is set.
    /// </summary>
    public ConfiguredSeverity? SeverityOf(string ruleId, string category, string fullPath)
    {
        if (IsEmpty)
        {
            return null;
        }

        var options = OptionsOf(fullPath);
        foreach (var key in new[]
                 {
                     $"dotnet_diagnostic.{ruleId}.severity",
                     $"dotnet_analyzer_diagnostic.category-{category}.severity",
                     "dotnet_analyzer_diagnostic.severity",
                 })
        {
            if (options.TryGetValue(key, out var value) && TryParse(value, out var severity))
            {
                return severity;
            }
        }

        return null;
    }

    private Dictionary<string, string> OptionsOf(string fullPath)
    {
        var path = Normalize(fullPath);
        if (_byFile.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in _global)
        {
            file.ApplyGlobal(path, options);
        }

        foreach (var file in _editorConfigs)
        {
            file.ApplySections(path, options);
        }

        _byFile[path] = options;
        return options;
    }

    private static bool TryParse(string value, out ConfiguredSeverity severity)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "error":
                severity = ConfiguredSeverity.Error;
                return true;
            case "warning":
                severity = ConfiguredSeverity.Warning;
                return true;
            case "suggestion":
                severity = ConfiguredSeverity.Suggestion;
                return true;
            case "silent":
            case "refactoring":
                severity = ConfiguredSeverity.Silent;
                return true;
            case "none":
                severity = ConfiguredSeverity.None;
                return true;
            case "default":
                severity = ConfiguredSeverity.Default;
                return true;
            default:
                severity = ConfiguredSeverity.Default;
                return false;
        }
    }

    /// <summary>A full path with <c>/</c> separators, the form section globs are matched against.</summary>
    private static string Normalize(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "";
        }

        try
        {
            return Path.GetFullPath(path).Replace('\\', '/');
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path.Replace('\\', '/');
        }
    }

    private sealed class ConfigFile
    {
        private readonly List<KeyValuePair<string, string>> _preamble = new();
        private readonly List<(Regex Glob, string Name, List<KeyValuePair<string, string>> Options)> _sections = new();

        private ConfigFile(string path)
        {
            var slash = path.LastIndexOf('/');
            Directory = slash >= 0 ? path.Substring(0, slash + 1) : "";
        }

        /// <summary>The folder the file is in, ending with <c>/</c>.</summary>
        public string Directory { get; }

        public bool IsGlobal { get; private set; }

        public bool IsRoot { get; private set; }

        public int GlobalLevel { get; private set; }

        public static ConfigFile Parse(string path, string text)
        {
            var file = new ConfigFile(path);
            List<KeyValuePair<string, string>> current = file._preamble;
            var levelSet = false;
            foreach (var rawLine in text.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';')
                {
                    continue;
                }

                if (line[0] == '[' && line[line.Length - 1] == ']')
                {
                    var name = line.Substring(1, line.Length - 2);
                    current = new List<KeyValuePair<string, string>>();
                    file._sections.Add((Glob(name), name, current));
                    continue;
                }

                var equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    continue;
                }

                var key = line.Substring(0, equals).Trim();
                var value = line.Substring(equals + 1).Trim();
                current.Add(new KeyValuePair<string, string>(key, value));
                if (ReferenceEquals(current, file._preamble))
                {
                    if (key.Equals("is_global", StringComparison.OrdinalIgnoreCase))
                    {
                        file.IsGlobal = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    }
                    else if (key.Equals("root", StringComparison.OrdinalIgnoreCase))
                    {
                        file.IsRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    }
                    else if (key.Equals("global_level", StringComparison.OrdinalIgnoreCase)
                             && int.TryParse(value, out var level))
                    {
                        file.GlobalLevel = level;
                        levelSet = true;
                    }
                }
            }

            // The compiler gives a user's .globalconfig level 100 unless it says otherwise.
            if (!levelSet)
            {
                file.GlobalLevel = 100;
            }

            return file;
        }

        /// <summary>A global config: its top keys for every file, and sections named by a file's full path.</summary>
        public void ApplyGlobal(string path, Dictionary<string, string> options)
        {
            Set(_preamble, options);
            foreach (var (_, name, sectionOptions) in _sections)
            {
                if (string.Equals(name.Replace('\\', '/'), path, PathComparison))
                {
                    Set(sectionOptions, options);
                }
            }
        }

        /// <summary>An .editorconfig: the sections whose glob matches the path below this file's folder.</summary>
        public void ApplySections(string path, Dictionary<string, string> options)
        {
            if (!path.StartsWith(Directory, PathComparison))
            {
                return;
            }

            var relative = path.Substring(Directory.Length);
            foreach (var (glob, _, sectionOptions) in _sections)
            {
                if (glob.IsMatch(relative))
                {
                    Set(sectionOptions, options);
                }
            }
        }

        private static void Set(List<KeyValuePair<string, string>> from, Dictionary<string, string> options)
        {
            foreach (var option in from)
            {
                options[option.Key] = option.Value;
            }
        }

        /// <summary>
        /// The editorconfig glob of a section name as a regex over the path relative to the file's folder:
        /// a name without <c>/</c> matches a file name in any folder below it; <c>*</c> stops at <c>/</c>,
        /// <c>**</c> does not, <c>?</c> is one character, <c>[...]</c> a set and <c>{a,b}</c> a choice.
        /// </summary>
        private static Regex Glob(string name)
        {
            var pattern = name.Replace('\\', '/');
            var anywhere = pattern.IndexOf('/') < 0;
            pattern = pattern.TrimStart('/');
            var regex = new StringBuilder(anywhere ? "^(?:.*/)?" : "^");
            var braces = 0;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                switch (c)
                {
                    case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                        regex.Append(".*");
                        i++;
                        break;
                    case '*':
                        regex.Append("[^/]*");
                        break;
                    case '?':
                        regex.Append("[^/]");
                        break;
                    case '[':
                        var close = pattern.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            regex.Append("\\[");
                            break;
                        }

                        var set = pattern.Substring(i + 1, close - i - 1);
                        var negated = set.StartsWith("!", StringComparison.Ordinal);
                        regex.Append(negated ? "[^" : "[").Append(Regex.Escape(negated ? set.Substring(1) : set)
                            .Replace("\\-", "-")).Append(']');
                        i = close;
                        break;
                    case '{':
                        braces++;
                        regex.Append("(?:");
                        break;
                    case '}' when braces > 0:
                        braces--;
                        regex.Append(')');
                        break;
                    case ',' when braces > 0:
                        regex.Append('|');
                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            for (; braces > 0; braces--)
            {
                regex.Append(')');
            }

            var options = RegexOptions.CultureInvariant
                | (Path.DirectorySeparatorChar == '\\' ? RegexOptions.IgnoreCase : RegexOptions.None);
            return new Regex(regex.Append('$').ToString(), options);
        }
    }
}
