using System;
using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Schema;

/// <summary>How the registry's Go code decodes a value, which decides merge, type and env-override rules.</summary>
internal enum SchemaKind
{
    /// <summary>A Go struct: fixed, case-sensitive keys; a repeated key decodes into the same value.</summary>
    Struct,

    /// <summary>A Go map with string keys (parameters, headers, log fields); env overrides match keys case-insensitively.</summary>
    Map,

    /// <summary>The storage section: one driver plus special keys.</summary>
    Storage,

    /// <summary>The auth section: at most one provider, or a bare provider name.</summary>
    Auth,

    List,
    String,
    Bool,
    Int,
    Duration,

    /// <summary>A YAML-typed value the consumer checks itself (Go interface{}).</summary>
    Any,

    LogLevel,
    Version,
}

[Flags]
internal enum Versions
{
    V2 = 1,
    V3 = 2,
    Both = V2 | V3,
}

internal sealed class SchemaField
{
    public SchemaField(string key, string goName, SchemaType type, Versions versions)
    {
        Key = key;
        GoName = goName;
        EnvName = goName.ToUpperInvariant();
        Type = type;
        Versions = versions;
    }

    /// <summary>The YAML key, matched exactly.</summary>
    public string Key { get; }

    /// <summary>The Go field name; env overrides match its upper-case form.</summary>
    public string GoName { get; }

    /// <summary>The upper-case Go field name, which a <c>REGISTRY_*</c> variable's segment must equal.</summary>
    public string EnvName { get; }

    public SchemaType Type { get; }

    public Versions Versions { get; }

    public bool In(RegistryVersion version) =>
        (Versions & (version == RegistryVersion.V2 ? Versions.V2 : Versions.V3)) != 0;
}

internal sealed class SchemaType
{
    private readonly Dictionary<string, SchemaField> _byKey;

    private SchemaType(SchemaKind kind, IEnumerable<SchemaField>? fields = null, SchemaType? element = null)
    {
        Kind = kind;
        Fields = fields?.ToArray() ?? Array.Empty<SchemaField>();
        Element = element;
        _byKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
    }

    public SchemaKind Kind { get; }

    public IReadOnlyList<SchemaField> Fields { get; }

    /// <summary>The element type of a list or map.</summary>
    public SchemaType? Element { get; }

    public bool IsScalar => Kind is SchemaKind.String or SchemaKind.Bool or SchemaKind.Int or SchemaKind.Duration
        or SchemaKind.LogLevel or SchemaKind.Version;

    public SchemaField? Field(string key) => _byKey.TryGetValue(key, out var f) ? f : null;

    public static readonly SchemaType String = new(SchemaKind.String);
    public static readonly SchemaType Bool = new(SchemaKind.Bool);
    public static readonly SchemaType Int = new(SchemaKind.Int);
    public static readonly SchemaType Duration = new(SchemaKind.Duration);
    public static readonly SchemaType Any = new(SchemaKind.Any);
    public static readonly SchemaType LogLevel = new(SchemaKind.LogLevel);
    public static readonly SchemaType Version = new(SchemaKind.Version);
    public static readonly SchemaType Storage = new(SchemaKind.Storage);
    public static readonly SchemaType Auth = new(SchemaKind.Auth);
    public static readonly SchemaType StringList = ListOf(String);
    public static readonly SchemaType Parameters = MapOf(Any);
    public static readonly SchemaType Headers = MapOf(StringList);

    public static SchemaType Struct(params SchemaField[] fields) => new(SchemaKind.Struct, fields);

    public static SchemaType ListOf(SchemaType element) => new(SchemaKind.List, element: element);

    public static SchemaType MapOf(SchemaType element) => new(SchemaKind.Map, element: element);

}
