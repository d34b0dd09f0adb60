using System;
using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>How the report is written.</summary>
internal enum OutputFormat
{
    MsBuild,
    Sarif,
}

/// <summary>The level a user sets for a rule; <see cref="None"/> drops its findings.</summary>
internal enum RuleLevel
{
    None,
    Info,
    Warning,
    Error,
}

/// <summary>The settings of one run, as the command line gave them.</summary>
internal sealed class LintOptions
{
    public List<string> Paths { get; } = new();

    public bool All { get; set; }

    public RegistryVersion Version { get; set; } = RegistryVersion.V3;

    public List<string> EnvFiles { get; } = new();

    public bool ProcessEnvironment { get; set; }

    public OutputFormat Format { get; set; } = OutputFormat.MsBuild;

    public string? OutputPath { get; set; }

    public string? BaseDirectory { get; set; }

    /// <summary>Levels set with --severity, by rule id; a later setting of the same rule wins.</summary>
    public Dictionary<string, RuleLevel> Severities { get; } = new(StringComparer.Ordinal);

    public bool WarningsAsErrors { get; set; }

    /// <summary>Leaves suppressed findings out of SARIF, for services that would open alerts for them.</summary>
    public bool OmitSuppressed { get; set; }

    public string? Explain { get; set; }

    public bool ListRules { get; set; }

    public bool Help { get; set; }

    public bool ShowVersion { get; set; }

    public bool HasEnvironment => EnvFiles.Count > 0 || ProcessEnvironment;

    /// <summary>The level a finding of <paramref name="ruleId"/> ends up with.</summary>
    public RuleLevel LevelOf(string ruleId, FindingSeverity reported)
    {
        var level = Severities.TryGetValue(ruleId, out var set) ? set : ToLevel(reported);

        // As with TreatWarningsAsErrors, this applies after per-rule settings, to rules set to warning too.
        return WarningsAsErrors && level == RuleLevel.Warning ? RuleLevel.Error : level;
    }

    public static RuleLevel ToLevel(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => RuleLevel.Error,
        FindingSeverity.Warning => RuleLevel.Warning,
        _ => RuleLevel.Info,
    };

    public static string Name(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        RuleLevel.Info => "info",
        _ => "none",
    };
}
