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
/// Applies <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and
/// <c>TreatWarningsAsErrors</c> to our findings the way the C# compiler applies them to its
/// diagnostics. MSBuild does not do this reliably for task warnings, so the task does it itself.
/// </summary>
internal sealed class SeverityPolicy
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly bool _treatWarningsAsErrors;

    public SeverityPolicy(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors,
        bool treatWarningsAsErrors)
    {
        _noWarn = ParseList(noWarn);
        _warningsAsErrors = ParseList(warningsAsErrors);
        _warningsNotAsErrors = ParseList(warningsNotAsErrors);
        _treatWarningsAsErrors = treatWarningsAsErrors;
    }

    public ReportedSeverity Apply(string ruleId, FindingSeverity severity)
    {
        // Like the compiler, NoWarn silences a rule whatever its severity, and wins over the
        // lists that raise warnings to errors.
        if (_noWarn.Contains(ruleId))
        {
            return ReportedSeverity.Suppressed;
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
