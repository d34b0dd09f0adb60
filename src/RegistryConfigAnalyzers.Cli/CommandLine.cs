using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>Reads the arguments into <see cref="LintOptions"/>, or says what is wrong with them.</summary>
internal static class CommandLine
{
    internal sealed class Result
    {
        public Result(LintOptions? options, string? error)
        {
            Options = options;
            Error = error;
        }

        public LintOptions? Options { get; }

        public string? Error { get; }
    }

    private static readonly HashSet<string> TakesValue = new(StringComparer.Ordinal)
    {
        "--registry-version", "--env-file", "--format", "-f", "--output", "-o", "--severity", "--explain",
        "--base-directory",
    };

    public static Result Parse(IReadOnlyList<string> args)
    {
        var options = new LintOptions();
        var onlyPaths = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i] ?? string.Empty;
            if (onlyPaths || arg.Length < 2 || (arg[0] != '-' && arg != "/?"))
            {
                if (arg.Length == 0)
                {
                    return Fail("an empty argument is not a file or folder");
                }

                options.Paths.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPaths = true;
                continue;
            }

            var name = arg;
            string? value = null;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg.Substring(0, equals);
                value = arg.Substring(equals + 1);
            }

            if (TakesValue.Contains(name) && value is null)
            {
                var next = i + 1 < args.Count ? args[i + 1] : null;
                if (next is null || next.StartsWith("--", StringComparison.Ordinal))
                {
                    return Fail($"{name} needs a value");
                }

                value = args[++i];
            }
            else if (!TakesValue.Contains(name) && value is not null)
            {
                return Fail($"{name} takes no value");
            }

            var error = Apply(options, name, value ?? string.Empty);
            if (error is not null)
            {
                return Fail(error);
            }
        }

        var asksOnly = options.Help || options.ShowVersion || options.ListRules || options.Explain is not null;
        if (!asksOnly && options.Paths.Count == 0 && !options.HasEnvironment)
        {
            return Fail(
                "give at least one config file or folder (or --env-file/--env to check the image's own config)");
        }

        return new Result(options, null);
    }

    private static string? Apply(LintOptions options, string name, string value)
    {
        switch (name)
        {
            case "-h":
            case "-?":
            case "/?":
            case "--help":
                options.Help = true;
                return null;
            case "--version":
                options.ShowVersion = true;
                return null;
            case "--all":
                options.All = true;
                return null;
            case "--env":
                options.ProcessEnvironment = true;
                return null;
            case "--warnaserror":
                options.WarningsAsErrors = true;
                return null;
            case "--omit-suppressed":
                options.OmitSuppressed = true;
                return null;
            case "--list-rules":
                options.ListRules = true;
                return null;
            case "--env-file":
                options.EnvFiles.Add(value);
                return value.Length == 0 ? "--env-file needs a file name" : null;
            case "--output":
            case "-o":
                options.OutputPath = value;
                return value.Length == 0 ? "--output needs a file name" : null;
            case "--base-directory":
                options.BaseDirectory = value;
                return value.Length == 0 ? "--base-directory needs a folder" : null;
            case "--registry-version":
                return ApplyVersion(options, value);
            case "--format":
            case "-f":
                return ApplyFormat(options, value);
            case "--severity":
                return ApplySeverity(options, value);
            case "--explain":
                var id = value.Trim().ToUpperInvariant();
                options.Explain = id;
                return RuleCatalog.Contains(id) ? null : $"'{value}' is not a rule id (see --list-rules)";
            default:
                return $"unknown option '{name}'";
        }
    }

    private static string? ApplyVersion(LintOptions options, string value)
    {
        // "3", "v3", "3.0" and "2.8.2" all name a major version.
        var major = value.Trim().TrimStart('v', 'V').Split('.')[0];
        switch (major)
        {
            case "2":
                options.Version = RegistryVersion.V2;
                return null;
            case "3":
                options.Version = RegistryVersion.V3;
                return null;
            default:
                return $"--registry-version must be 2 or 3, not '{value}'";
        }
    }

    private static string? ApplyFormat(LintOptions options, string value)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "msbuild":
                options.Format = OutputFormat.MsBuild;
                return null;
            case "sarif":
                options.Format = OutputFormat.Sarif;
                return null;
            default:
                return $"--format must be msbuild or sarif, not '{value}'";
        }
    }

    private static string? ApplySeverity(LintOptions options, string value)
    {
        var equals = value.IndexOf('=');
        if (equals <= 0)
        {
            return $"--severity takes RCAnnnn=error|warning|info|none, not '{value}'";
        }

        var ids = value.Substring(0, equals).Split(',').Select(s => s.Trim().ToUpperInvariant()).ToList();
        var unknown = ids.FirstOrDefault(id => !RuleCatalog.Contains(id));
        if (unknown is not null)
        {
            return $"--severity: '{unknown}' is not a rule id (see --list-rules)";
        }

        var levelName = value.Substring(equals + 1).Trim().ToLowerInvariant();
        if (!TryReadLevel(levelName, out var level))
        {
            return $"--severity: '{levelName}' is not error, warning, info, none or default";
        }

        foreach (var id in ids)
        {
            if (level is null)
            {
                options.Severities.Remove(id);
            }
            else
            {
                options.Severities[id] = level.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a level; the .editorconfig words suggestion and silent are accepted too, and default gives null.
    /// </summary>
    private static bool TryReadLevel(string name, out RuleLevel? level)
    {
        level = name switch
        {
            "error" => RuleLevel.Error,
            "warning" => RuleLevel.Warning,
            "info" or "suggestion" => RuleLevel.Info,
            "none" or "silent" => RuleLevel.None,
            _ => null,
        };
        return level is not null || name == "default";
    }

    private static Result Fail(string error) => new(null, error);
}
