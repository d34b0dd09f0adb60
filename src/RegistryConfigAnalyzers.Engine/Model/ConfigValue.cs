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
    protected ConfigValue(SourceSpan span, EnvironmentVariable? env)
    {
        Span = span;
        Env = env;
    }

    public SourceSpan Span { get; }

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

    public string Text { get; }

    public ScalarType Type { get; }

    public ScalarStyle Style { get; }

    public bool IsTrue => Type == ScalarType.Bool && YamlScalars.BoolValue(Text);

    public bool IsUnknown => Type == ScalarType.Unknown;

    public bool IsNull => Type == ScalarType.Null;
}

internal sealed class ConfigEntry
{
    public ConfigEntry(string key, SourceSpan keySpan, ConfigValue? value)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
    }

    public string Key { get; }

    public SourceSpan KeySpan { get; set; }

    /// <summary>Null for a key whose value is YAML null.</summary>
    public ConfigValue? Value { get; set; }
}

internal sealed class ConfigMap : ConfigValue
{
    private readonly List<ConfigEntry> _entries = new();
    private readonly Dictionary<string, ConfigEntry> _byKey = new(StringComparer.Ordinal);

    public ConfigMap(SchemaType? schema, bool fromInterface, SourceSpan span, EnvironmentVariable? env)
        : base(span, env)
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

    public ConfigEntry? Entry(string key) => _byKey.TryGetValue(key, out var e) ? e : null;

    public ConfigValue? this[string key] => Entry(key)?.Value;

    public ConfigEntry Set(string key, SourceSpan keySpan, ConfigValue? value)
    {
        var existing = Entry(key);
        if (existing is not null)
        {
            existing.KeySpan = keySpan;
            existing.Value = value;
            return existing;
        }

        var entry = new ConfigEntry(key, keySpan, value);
        _entries.Add(entry);
        _byKey[key] = entry;
        return entry;
    }

    public void Remove(string key)
    {
        if (_byKey.Remove(key))
        {
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

    public List<ConfigValue?> Items { get; } = new();
}
