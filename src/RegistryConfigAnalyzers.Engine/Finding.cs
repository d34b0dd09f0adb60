using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>How serious a finding is before any user setting changes it.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A position in a source text: 1-based line and column, 0-based character offset.</summary>
public readonly struct SourcePosition
{
    public SourcePosition(int line, int column, int offset)
    {
        Line = line;
        Column = column;
        Offset = offset;
    }

    public int Line { get; }

    public int Column { get; }

    public int Offset { get; }

    public override string ToString() => $"({Line},{Column})";
}

/// <summary>
/// A range in one source. <see cref="Source"/> names where the text came from: a file path,
/// or whatever id the host gave an environment variable (a compose file, a C# literal).
/// </summary>
public sealed class SourceSpan
{
    public SourceSpan(string source, SourcePosition start, SourcePosition end)
    {
        Source = source;
        Start = start;
        End = end;
    }

    public string Source { get; }

    public SourcePosition Start { get; }

    public SourcePosition End { get; }

    public override string ToString() => $"{Source}{Start}-{End}";
}

/// <summary>One problem the engine found, with the rule that found it and where it is.</summary>
public sealed class Finding
{
    public Finding(string ruleId, FindingSeverity severity, string message, SourceSpan span,
        IReadOnlyList<SourceSpan>? relatedSpans = null, string? suppressionReason = null)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        Span = span;
        RelatedSpans = relatedSpans ?? System.Array.Empty<SourceSpan>();
        SuppressionReason = suppressionReason;
    }

    public string RuleId { get; }

    public FindingSeverity Severity { get; }

    public string Message { get; }

    public SourceSpan Span { get; }

    /// <summary>Other places that take part in the finding (the file key an env var overrides).</summary>
    public IReadOnlyList<SourceSpan> RelatedSpans { get; }

    /// <summary>For a suppressed finding, the reason its suppression comment gives (may be empty).</summary>
    public string? SuppressionReason { get; }

    public override string ToString() => $"{Span.Source}{Span.Start}: {Severity} {RuleId}: {Message}";
}
