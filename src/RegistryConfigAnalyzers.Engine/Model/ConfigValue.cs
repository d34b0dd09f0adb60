using System;
using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine.Schema;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Model;

/// <summary>The YAML type of a scalar as yaml.v2 resolves it (YAML 1.1 rules).</summary>
internal enum ScalarType
{
    Null,
    Bool,
    Int,
    Float,
    String,

    /// <summary>A value the host could not know (a parameter, a secret reference).</summary>
    Unknown,
}

/// <summary>
/// A value of the configuration the registry will run, decoded the way its Go code decodes it,
/// with the place it was written (a file position or the environment variable that set it).
/// </summary>
internal abstract class ConfigValue
{
    private SourceSpan? _span;
    private readonly AnalysisContext? _file;
    private readonly YamlNode? _node;

    protected ConfigValue(SourceSpan span, EnvironmentVariable? env)
    {
        _span = span;
        Env = env;
    }

    /// <summary>A value decoded from <paramref name="node"/>, set by the variable being applied, if any.</summary>
    protected ConfigValue(AnalysisContext ctx, YamlNode node)
    {
        Env = ctx.CurrentEnv;
        if (Env is null)
        {
            // Few values are ever reported, so the position in the file is worked out when asked.
            _file = ctx;
            _node = node;
        }
        else
        {
            _span = ctx.Span(node);
        }
    }

    public SourceSpan Span => _span ??= _file!.FileSpan(_node!);

    /// <summary>The environment variable that set this value, if one did.</summary>
    public EnvironmentVariable? Env { get; }
}

internal sealed class ConfigScalar : ConfigValue
{
    public ConfigScalar(string text, ScalarType type, ScalarStyle style, SourceSpan span, EnvironmentVariable? env)
        : base(span, env)
    {
        Text = text;
        Type = type;
        Style = style;
    }

    public ConfigScalar(string text, ScalarType type, ScalarStyle style, AnalysisContext ctx, YamlNode node)
        : base(ctx, node)
    {
        Text = text;
        Type = type;
        Style = style;
    }

    public string Text { get; }

    public ScalarType Type { get; }

    public ScalarStyle Style { get; }

    public bool IsTrue => Type == ScalarType.Bool && YamlScalars.BoolValue(Text);

    public bool IsUnknown => Type == ScalarType.Unknown;

    public bool IsNull => Type == ScalarType.Null;
}

internal sealed class ConfigEntry
{
    private SourceSpan? _keySpan;
    private AnalysisContext? _file;
    private YamlNode? _keyNode;

    public ConfigEntry(string key, ConfigValue? value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; }

    public SourceSpan KeySpan
    {
        get => _keySpan ??= _file!.FileSpan(_keyNode!);
        set
        {
            _keySpan = value;
            _file = null;
            _keyNode = null;
        }
    }

    /// <summary>Places the key at <paramref name="node"/>, or at the variable being applied.</summary>
    public void SetKeyNode(AnalysisContext ctx, YamlNode node)
    {
        if (ctx.CurrentEnv is not null)
        {
            KeySpan = ctx.Span(node);
            return;
        }

        _keySpan = null;
        _file = ctx;
        _keyNode = node;
    }

    /// <summary>Null for a key whose value is YAML null.</summary>
    public ConfigValue? Value { get; set; }
}

internal sealed class ConfigMap : ConfigValue
{
    // Most maps have a handful of keys, which a scan finds faster than a dictionary costs to build.
    private const int ScanLimit = 8;
    private readonly List<ConfigEntry> _entries = new();
    private Dictionary<string, ConfigEntry>? _byKey;

    public ConfigMap(SchemaType? schema, bool fromInterface, SourceSpan span, EnvironmentVariable? env)
        : base(span, env)
    {
        Schema = schema;
        FromInterface = fromInterface;
    }

    public ConfigMap(SchemaType? schema, bool fromInterface, AnalysisContext ctx, YamlNode node)
        : base(ctx, node)
    {
        Schema = schema;
        FromInterface = fromInterface;
    }

    /// <summary>The struct or map type this value was decoded as; null inside an untyped value.</summary>
    public SchemaType? Schema { get; }

    /// <summary>
    /// True for a map that YAML decoded into a Go interface{}: its keys are not strings to Go,
    /// so environment overrides cannot reach inside it.
    /// </summary>
    public bool FromInterface { get; }

    public IReadOnlyList<ConfigEntry> Entries => _entries;

    public int Count => _entries.Count;

    public ConfigEntry? Entry(string key)
    {
        if (_byKey is not null)
        {
            return _byKey.TryGetValue(key, out var e) ? e : null;
        }

        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public ConfigValue? this[string key] => Entry(key)?.Value;

    public ConfigEntry Set(string key, SourceSpan keySpan, ConfigValue? value)
    {
        var entry = Set(key, value);
        entry.KeySpan = keySpan;
        return entry;
    }

    /// <summary>Sets a key decoded from <paramref name="keyNode"/>.</summary>
    public ConfigEntry Set(string key, AnalysisContext ctx, YamlNode keyNode, ConfigValue? value)
    {
        var entry = Set(key, value);
        entry.SetKeyNode(ctx, keyNode);
        return entry;
    }

    private ConfigEntry Set(string key, ConfigValue? value)
    {
        var existing = Entry(key);
        if (existing is not null)
        {
            existing.Value = value;
            return existing;
        }

        var entry = new ConfigEntry(key, value);
        _entries.Add(entry);
        if (_byKey is not null)
        {
            _byKey[key] = entry;
        }
        else if (_entries.Count > ScanLimit)
        {
            _byKey = new Dictionary<string, ConfigEntry>(StringComparer.Ordinal);
            foreach (var e in _entries)
            {
                _byKey[e.Key] = e;
            }
        }

        return entry;
    }

    public void Remove(string key)
    {
        if (Entry(key) is not null)
        {
            _byKey?.Remove(key);
            _entries.RemoveAll(e => string.Equals(e.Key, key, StringComparison.Ordinal));
        }
    }

    public ConfigMap? Map(string key) => this[key] as ConfigMap;

    public ConfigScalar? Scalar(string key) => this[key] as ConfigScalar;

    /// <summary>The text of a scalar value, or null when absent, null or not a scalar.</summary>
    public string? Text(string key) => this[key] is ConfigScalar { IsNull: false, IsUnknown: false } s ? s.Text : null;
}

internal sealed class ConfigList : ConfigValue
{
    public ConfigList(SourceSpan span, EnvironmentVariable? env)
        : base(span, env)
    {
    }

    public ConfigList(AnalysisContext ctx, YamlNode node)
        : base(ctx, node)
    {
    }

    public List<ConfigValue?> Items { get; } = new();
}
