using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>
/// A registry config held in a scalar of a deployment file (a ConfigMap data key, a compose
/// config's <c>content</c>), analyzed with positions that point into the deployment file.
/// </summary>
internal sealed class EmbeddedConfig
{
    private static int _counter;
    private readonly SourceText _file;
    private readonly YamlScalar _scalar;
    private readonly bool _exact;

    private EmbeddedConfig(SourceText file, YamlScalar scalar, string name, string? decoded = null)
    {
        _file = file;
        _scalar = scalar;
        Name = name;
        Marker = "\u0001embedded:" + System.Threading.Interlocked.Increment(ref _counter) + ":" + name;

        // A literal block keeps every line of the config as written, shifted right by its indentation,
        // so positions map one to one; folded and quoted scalars rejoin lines, so findings go to the scalar.
        // A decoded or interpolated value has no lines of its own in the file: its findings go to the scalar too.
        var indent = 0;
        _exact = decoded is null && scalar.Style == ScalarStyle.Literal && TryIndentation(out indent);
        Input = _exact
            ? new ConfigInput(Marker, scalar.Value, scalar.Start.Line, indent)
            : new ConfigInput(Marker, decoded ?? scalar.Value);
    }

    /// <summary>What the config is, e.g. <c>ConfigMap/registry-config/config.yml</c>.</summary>
    public string Name { get; }

    public string Path => _file.Path;

    /// <summary>The text as the engine reads it; <see cref="Relocate(Finding)"/> replaces its source marker.</summary>
    public ConfigInput Input { get; }

    private string Marker { get; }

    public SourceSpan Span => _file.Span(_scalar);

    /// <summary>The lines of the deployment file the config text takes up.</summary>
    public (int First, int Last) Lines => (_scalar.Start.Line, _scalar.End.Line);

    public static EmbeddedConfig From(SourceText file, YamlScalar scalar, string name) => new(file, scalar, name);

    /// <summary>
    /// A config whose text is the scalar's value decoded (a ConfigMap's <c>binaryData</c>) or
    /// interpolated (a compose config's <c>content</c> with <c>$$</c>).
    /// </summary>
    public static EmbeddedConfig Decoded(SourceText file, YamlScalar scalar, string name, string text) =>
        new(file, scalar, name, text);

    public Finding Relocate(Finding finding)
    {
        if (finding.Span.Source != Marker && !finding.RelatedSpans.Any(s => s.Source == Marker))
        {
            return finding;
        }

        return new Finding(finding.RuleId, finding.Severity, finding.Message, Relocate(finding.Span),
            finding.RelatedSpans.Select(Relocate).ToList(), finding.SuppressionReason);
    }

    public SourceSpan Relocate(SourceSpan span)
    {
        if (span.Source != Marker)
        {
            return span;
        }

        if (!_exact)
        {
            return Span;
        }

        // The engine shifts lines and columns but adds one offset to every line; recount it here.
        var start = _file.At(span.Start.Line, span.Start.Column);
        return new SourceSpan(_file.Path, start, _file.At(span.End.Line, span.End.Column));
    }

    private bool TryIndentation(out int indent)
    {
        indent = 0;
        var lines = _scalar.Value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            // Content starts on the line after the `|` header; the first non-blank line shows the indentation.
            var raw = _file.Line(_scalar.Start.Line + 1 + i);
            if (!raw.EndsWith(lines[i], StringComparison.Ordinal) || raw.Length - lines[i].Length < 0)
            {
                return false;
            }

            indent = raw.Length - lines[i].Length;
            return raw.Substring(0, indent).All(c => c == ' ');
        }

        return true;
    }
}
