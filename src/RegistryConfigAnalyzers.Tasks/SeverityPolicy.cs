using System;
using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Tasks;

/// <summary>How a finding ends up in the build log once the project's settings are applied.</summary>
internal enum ReportedSeverity
{
    Suppressed,
    Message,
    Warning,
    Error,
}

/// <summary>
/// Applies <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c>,
/// <c>TreatWarningsAsErrors</c> and the severities of the analyzer config files to our findings
/// the way the C# compiler applies them to its diagnostics. MSBuild does not do this reliably for
/// task warnings, so the task does it itself.
/// </summary>
internal sealed class SeverityPolicy
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly bool _treatWarningsAsErrors;
    private readonly AnalyzerConfigFiles _configFiles;

    public SeverityPolicy(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors,
        bool treatWarningsAsErrors, AnalyzerConfigFiles? configFiles = null)
    {
        _configFiles = configFiles ?? AnalyzerConfigFiles.Empty;
        _noWarn = ParseList(noWarn);
        _warningsAsErrors = ParseList(warningsAsErrors);
        _warningsNotAsErrors = ParseList(warningsNotAsErrors);
        _treatWarningsAsErrors = treatWarningsAsErrors;
    }

    /// <summary>The level of a finding of <paramref name="ruleId"/> in <paramref name="file"/> (a full path).</summary>
    public ReportedSeverity Apply(string ruleId, FindingSeverity severity, string? file = null)
    {
        // Like the compiler, NoWarn silences a rule whatever its severity, and wins over the
        // lists that raise warnings to errors.
        if (_noWarn.Contains(ruleId))
        {
            return ReportedSeverity.Suppressed;
        }

        // A rule named in WarningsAsErrors is an error whatever the config files say, as a
        // command-line setting of one rule beats them for the compiler.
        if (severity == FindingSeverity.Warning && _warningsAsErrors.Contains(ruleId))
        {
            return ReportedSeverity.Error;
        }

        var configured = file is null || !RuleCatalog.Contains(ruleId)
            ? null
            : _configFiles.SeverityOf(ruleId, RuleCatalog.Get(ruleId).Category, file);
        switch (configured)
        {
            case ConfiguredSeverity.None or ConfiguredSeverity.Silent:
                return ReportedSeverity.Suppressed;
            case ConfiguredSeverity.Suggestion:
                return ReportedSeverity.Message;
            case ConfiguredSeverity.Error:
                return ReportedSeverity.Error;
            case ConfiguredSeverity.Warning:
                severity = FindingSeverity.Warning;
                break;
        }

        switch (severity)
        {
            case FindingSeverity.Error:
                return ReportedSeverity.Error;
            case FindingSeverity.Info:
                return ReportedSeverity.Message;
        }

        if (_warningsNotAsErrors.Contains(ruleId))
        {
            return ReportedSeverity.Warning;
        }

        return _treatWarningsAsErrors || _warningsAsErrors.Contains(ruleId)
            ? ReportedSeverity.Error
            : ReportedSeverity.Warning;
    }

    private static HashSet<string> ParseList(string? list)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(list))
        {
            return ids;
        }

        foreach (var id in list!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            ids.Add(id.Trim());
        }

        return ids;
    }
}
