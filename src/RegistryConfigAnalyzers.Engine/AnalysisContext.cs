using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>A place where the config says something about auth that the registry does not see.</summary>
internal sealed class IgnoredAuth
{
    public IgnoredAuth(SourceSpan span, string reason)
    {
        Span = span;
        Reason = reason;
    }

    public SourceSpan Span { get; }

    public string Reason { get; }
}

/// <summary>State shared by the reader, the decoder, the overrides and the rules of one analysis.</summary>
internal sealed class AnalysisContext
{
    private readonly HashSet<string> _seen = new();

    public AnalysisContext(ConfigInput? input, AnalysisOptions options)
    {
        Input = input;
        Options = options;
    }

    public ConfigInput? Input { get; }

    public AnalysisOptions Options { get; }

    public RegistryVersion Version => Options.Version;

    public string VersionLabel => Version == RegistryVersion.V2 ? "2.x" : "3.x";

    public List<Finding> Findings { get; } = new();

    public List<IgnoredAuth> IgnoredAuth { get; } = new();

    /// <summary>Keys of the other major version the decoder dropped, by path, for rules that need them.</summary>
    public Dictionary<string, SourceSpan> OtherVersionKeys { get; } = new();

    /// <summary>Unknown keys the decoder dropped, by path, so rules can point at a near miss.</summary>
    public Dictionary<string, SourceSpan> UnknownKeys { get; } = new();

    /// <summary>Set while decoding a value that came from an environment variable.</summary>
    public EnvironmentVariable? CurrentEnv { get; set; }

    /// <summary>The first reason found that the registry will not start.</summary>
    public string? StartFailure { get; private set; }

    /// <summary>Set when the result cannot be known (a random provider, an unknown value).</summary>
    public bool StartUnknown { get; set; }

    public bool Incomplete { get; set; }

    public string SourceName => Input?.Source ?? ImageDefaults.SourceName(Version);

    public SourceSpan Span(YamlNode node) => Span(node.Start, node.End);

    public SourceSpan Span(SourcePosition start, SourcePosition end)
    {
        if (CurrentEnv is not null)
        {
            return EnvSpan(CurrentEnv);
        }

        return new SourceSpan(SourceName, Shift(start), Shift(end));
    }

    /// <summary>Where a node is in the file, whatever variable is being applied.</summary>
    public SourceSpan FileSpan(YamlNode node) => new(SourceName, Shift(node.Start), Shift(node.End));

    public static SourceSpan EnvSpan(EnvironmentVariable env) =>
        env.Span ?? new SourceSpan("env:" + env.Name, new SourcePosition(1, 1, 0), new SourcePosition(1, 1, 0));

    public SourceSpan FileStart() => Span(new SourcePosition(1, 1, 0), new SourcePosition(1, 1, 0));

    private SourcePosition Shift(SourcePosition p)
    {
        if (Input is null)
        {
            return p;
        }

        p = Clamp(p, Input.Text);
        return new SourcePosition(p.Line + Input.LineOffset, p.Column + Input.ColumnOffset, p.Offset + Input.OffsetBase);
    }

    private (int Lines, int LastLineLength)? _shape;

    /// <summary>Keeps a position inside the text: the parser reports end of stream one line past a last line without a newline.</summary>
    private SourcePosition Clamp(SourcePosition p, string text)
    {
        _shape ??= Shape(text);
        var (lines, lastLength) = _shape.Value;
        if (p.Line < lines || (p.Line == lines && p.Column <= lastLength + 1))
        {
            return p;
        }

        return new SourcePosition(lines, lastLength + 1, text.Length);
    }

    private static (int, int) Shape(string text)
    {
        var lines = 1;
        var lastStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A lone CR ends a line for the YAML parser as CRLF and LF do.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
                lastStart = i + 1;
            }
        }

        return (lines, text.Length - lastStart);
    }

    public void Report(string ruleId, SourceSpan span, string message, params SourceSpan[] related)
    {
        var key = ruleId + "|" + span + "|" + message;
        if (!_seen.Add(key))
        {
            return;
        }

        var severity = RuleCatalog.Get(ruleId).DefaultSeverity;
        Findings.Add(new Finding(ruleId, severity, message, span, related));
    }

    /// <summary>Reports a finding that means the registry will not start.</summary>
    public void Fatal(string ruleId, SourceSpan span, string message, params SourceSpan[] related)
    {
        StartFailure ??= message;
        Report(ruleId, span, message, related);
    }
}
