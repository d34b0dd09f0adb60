using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>A config text and the name of the source it came from (a path, or a host's id).</summary>
public sealed class ConfigInput
{
    public ConfigInput(string source, string text, int lineOffset = 0, int columnOffset = 0, int offsetBase = 0)
    {
        Source = source;
        Text = text;
        LineOffset = lineOffset;
        ColumnOffset = columnOffset;
        OffsetBase = offsetBase;
    }

    /// <summary>
    /// A config read from a file's bytes as the registry reads them (UTF-8, or UTF-16 with a byte
    /// order mark). Hosts that read files should use this rather than decode the text themselves:
    /// bytes that are not UTF-8 stop the registry, and the engine reports where they are.
    /// </summary>
    public static ConfigInput FromBytes(string source, byte[] bytes)
    {
        var (text, badOffset, problem) = ConfigBytes.Decode(bytes);
        return new ConfigInput(source, text) { EncodingErrorOffset = badOffset, EncodingError = problem };
    }

    public string Source { get; }

    public string Text { get; }

    /// <summary>Why the file's bytes are not text the registry reads, or null when they are.</summary>
    public string? EncodingError { get; private set; }

    /// <summary>Where in <see cref="Text"/> the file's bytes stopped being readable, or -1.</summary>
    internal int EncodingErrorOffset { get; private set; } = -1;

    /// <summary>Added to every reported line, for a config embedded in a larger file.</summary>
    public int LineOffset { get; }

    /// <summary>Added to every reported column (the indentation of an embedded block).</summary>
    public int ColumnOffset { get; }

    /// <summary>Added to every reported character offset.</summary>
    public int OffsetBase { get; }
}

/// <summary>
/// One <c>REGISTRY_*</c> (or other) environment variable a deployment sets.
/// A <c>null</c> value means the host cannot know it (a parameter, a secret reference):
/// the engine then draws no conclusion that depends on the value.
/// </summary>
public sealed class EnvironmentVariable
{
    public EnvironmentVariable(string name, string? value, SourceSpan? span = null)
    {
        Name = name;
        Value = value;
        Span = span;
    }

    public string Name { get; }

    public string? Value { get; }

    /// <summary>Where the variable is set; findings caused by it are reported there.</summary>
    public SourceSpan? Span { get; }
}

/// <summary>Settings for one analysis.</summary>
public sealed class AnalysisOptions
{
    /// <summary>The major version of the registry that reads the config.</summary>
    public RegistryVersion Version { get; set; } = RegistryVersion.V3;

    /// <summary>Files larger than this many characters are not parsed.</summary>
    public int MaxCharacters { get; set; } = 4 * 1024 * 1024;

    /// <summary>Nesting deeper than this is not followed.</summary>
    public int MaxDepth { get; set; } = 256;

    /// <summary>The most nodes the reader builds, counting alias expansions.</summary>
    public int MaxNodes { get; set; } = 1_000_000;
}

/// <summary>What the registry would do with a config, as far as the engine can tell.</summary>
public sealed class RegistryVerdict
{
    internal RegistryVerdict(bool? starts, string? startFailure, bool? anonymousPull, bool? anyHeaderAccepted,
        bool? deletesEnabled, string authProvider)
    {
        Starts = starts;
        StartFailure = startFailure;
        AnonymousPull = anonymousPull;
        AnyHeaderAccepted = anyHeaderAccepted;
        DeletesEnabled = deletesEnabled;
        AuthProvider = authProvider;
    }

    /// <summary>Whether the registry starts; null when the engine cannot tell (a template, an unknown value).</summary>
    public bool? Starts { get; }

    /// <summary>The first reason it would not start, in the engine's words.</summary>
    public string? StartFailure { get; }

    /// <summary>Whether a pull without any credentials succeeds (null when it does not start or cannot be known).</summary>
    public bool? AnonymousPull { get; }

    /// <summary>Whether any made-up Authorization header is accepted.</summary>
    public bool? AnyHeaderAccepted { get; }

    /// <summary>Whether DELETE of manifests and blobs is served (not read-only, not a proxy).</summary>
    public bool? DeletesEnabled { get; }

    /// <summary>The auth provider in force: none, silly, htpasswd, token, or another name.</summary>
    public string AuthProvider { get; }

    public override string ToString() =>
        $"starts={Fmt(Starts)} anon_pull={Fmt(AnonymousPull)} any_header={Fmt(AnyHeaderAccepted)} delete={Fmt(DeletesEnabled)} auth={AuthProvider}";

    private static string Fmt(bool? b) => b is null ? "-" : b.Value ? "yes" : "no";
}

/// <summary>The findings for one config or deployment, with the verdict they add up to.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(IReadOnlyList<Finding> findings, RegistryVerdict verdict, IReadOnlyList<Finding>? suppressed = null)
    {
        Findings = findings;
        Verdict = verdict;
        Suppressed = suppressed ?? System.Array.Empty<Finding>();
    }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Findings an inline <c># registry-config:</c> comment suppressed (for SARIF and audits).</summary>
    public IReadOnlyList<Finding> Suppressed { get; }

    public RegistryVerdict Verdict { get; }
}
