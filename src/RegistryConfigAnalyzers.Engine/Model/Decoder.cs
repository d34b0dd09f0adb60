using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Schema;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Model;

/// <summary>
/// Decodes a YAML node tree into the registry's configuration the way yaml.v2 fills its Go
/// structs: keys are case-sensitive, unknown keys are dropped, a repeated struct key decodes into
/// the same value, a repeated map key replaces it, and <c>&lt;&lt;</c> merges at its position.
/// Everything the registry would drop or reject becomes a finding.
/// </summary>
internal sealed class Decoder
{
    private readonly AnalysisContext _ctx;
    private int _decodeCount;
    private int _aliasCount;
    private int _aliasDepth;
    private bool _aliasFailure;
    private int _depth;

    // The path of the value being decoded (`http.headers`, `endpoints[0]`), as a stack of
    // segments under a base; the text is built only for a message, as most values get none.
    private readonly List<(string? Key, int Index)> _segments = new();
    private string _basePath = string.Empty;

    // Keys met so far in each mapping being decoded, to report repeats; reused across mappings.
    private readonly Stack<Dictionary<string, YamlNode>> _seenPool = new();

    /// <summary>Deeper values are not decoded (the reader itself is not recursive).</summary>
    private const int MaxDecodeDepth = 200;

    public Decoder(AnalysisContext ctx)
    {
        _ctx = ctx;
    }

    private RegistryVersion Version => _ctx.Version;

    public ConfigMap DecodeRoot(YamlNode? root)
    {
        var result = new ConfigMap(ConfigSchema.Root, false, root is null ? _ctx.FileStart() : _ctx.Span(root), _ctx.CurrentEnv);
        if (root is null)
        {
            return result;
        }

        if (root.Target is YamlScalar { } s && YamlScalars.Resolve(s) == ScalarType.Null)
        {
            return result;
        }

        if (root.Target is not YamlMapping)
        {
            _ctx.Fatal(RuleIds.InvalidValueType, _ctx.Span(root),
                "The config must be a YAML mapping of keys; the registry cannot read this document");
            return result;
        }

        _basePath = string.Empty;
        _segments.Clear();
        DecodeInto(root, ConfigSchema.Root, result);
        return result;
    }

    /// <summary>Decodes a value for a field or element of the given type, found at <paramref name="path"/>.</summary>
    public ConfigValue? Decode(YamlNode node, SchemaType type, ConfigValue? existing, string path)
    {
        _basePath = path;
        _segments.Clear();
        return Decode(node, type, existing);
    }

    /// <summary>The path of the value being decoded, for messages.</summary>
    private string Path
    {
        get
        {
            var path = _basePath;
            foreach (var (key, index) in _segments)
            {
                path = key is null ? $"{path}[{index}]" : Join(path, key);
            }

            return path;
        }
    }

    /// <summary>Decodes the value of a key of the mapping being decoded.</summary>
    private ConfigValue? DecodeAt(string key, YamlNode node, SchemaType type, ConfigValue? existing)
    {
        _segments.Add((key, 0));
        var value = Decode(node, type, existing);
        _segments.RemoveAt(_segments.Count - 1);
        return value;
    }

    /// <summary>Decodes an element of the list being decoded.</summary>
    private ConfigValue? DecodeAt(int index, YamlNode node, SchemaType type)
    {
        _segments.Add((null, index));
        var value = Decode(node, type, null);
        _segments.RemoveAt(_segments.Count - 1);
        return value;
    }

    private ConfigValue? Decode(YamlNode node, SchemaType type, ConfigValue? existing)
    {
        if (!Count(node))
        {
            return existing;
        }

        var target = node.Target;
        var collection = target is YamlMapping or YamlSequence;
        if (collection && target.Decoding)
        {
            // An alias inside the node it names: yaml.v2 stops with "anchor value contains itself".
            _ctx.Fatal(RuleIds.InvalidYaml, _ctx.Span(node),
                $"The alias `*{(node as YamlAlias)?.Name}` refers to a node that contains it; the registry's YAML reader stops (\"value contains itself\")");
            return existing;
        }

        if (_depth >= MaxDecodeDepth)
        {
            _aliasFailure = true;
            _ctx.Incomplete = true;
            _ctx.Report(RuleIds.AnalysisLimit, _ctx.Span(node),
                $"Values nested deeper than {MaxDecodeDepth} levels were not checked");
            return existing;
        }

        if (node is YamlAlias)
        {
            _aliasDepth++;
        }

        if (collection)
        {
            target.Decoding = true;
        }

        _depth++;
        try
        {
            return DecodeTarget(node, target, type, existing);
        }
        finally
        {
            _depth--;
            if (collection)
            {
                target.Decoding = false;
            }

            if (node is YamlAlias)
            {
                _aliasDepth--;
            }
        }
    }

    private ConfigValue? DecodeTarget(YamlNode node, YamlNode target, SchemaType type, ConfigValue? existing)
    {
        if (target is YamlScalar scalar && Resolve(node, scalar) == ScalarType.Null && scalar.Tag is null or "!!null")
        {
            // yaml.v2 sets the zero value for null, whatever the type.
            return type.Kind is SchemaKind.Any or SchemaKind.String or SchemaKind.Bool or SchemaKind.Int
                or SchemaKind.Duration or SchemaKind.LogLevel or SchemaKind.Version
                ? new ConfigScalar(string.Empty, ScalarType.Null, scalar.Style, _ctx, node)
                : null;
        }

        switch (type.Kind)
        {
            case SchemaKind.Struct:
                if (target is not YamlMapping)
                {
                    TypeError(node, "a mapping of keys");
                    return existing;
                }

                var map = existing as ConfigMap ?? new ConfigMap(type, false, _ctx, node);
                DecodeInto(node, type, map);
                return map;
            case SchemaKind.Map:
                if (target is not YamlMapping)
                {
                    TypeError(node, "a mapping of keys");
                    return existing;
                }

                var typedMap = existing as ConfigMap ?? new ConfigMap(type, false, _ctx, node);
                DecodeInto(node, type, typedMap);
                return typedMap;
            case SchemaKind.Storage:
                return DecodeStorage(node, target);
            case SchemaKind.Auth:
                return DecodeAuth(node, target);
            case SchemaKind.List:
                if (target is not YamlSequence seq)
                {
                    TypeError(node, "a list");
                    return existing;
                }

                var list = new ConfigList(_ctx, node);
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    list.Items.Add(DecodeAt(i, seq.Items[i], type.Element!));
                }

                return list;
            case SchemaKind.Any:
                return DecodeAny(node);
            default:
                return DecodeScalar(node, target, type);
        }
    }

    private ConfigValue? DecodeScalar(YamlNode node, YamlNode target, SchemaType type)
    {
        if (target is not YamlScalar scalar)
        {
            TypeError(node, type.Kind switch
            {
                SchemaKind.Bool => "true or false",
                SchemaKind.Int => "a whole number",
                SchemaKind.Duration => "a duration such as 10s",
                _ => "a single value",
            });
            return null;
        }

        var resolved = Resolve(node, scalar);
        var value = new ConfigScalar(scalar.Value, resolved, scalar.Style, _ctx, node);
        switch (type.Kind)
        {
            case SchemaKind.Bool when resolved != ScalarType.Bool:
                TypeError(node, resolved == ScalarType.String && YamlScalars.IsBool(scalar.Value)
                    ? $"a YAML boolean; the quoted \"{scalar.Value}\" is a string"
                    : "true or false");
                return null;
            case SchemaKind.Int when resolved == ScalarType.Int && !YamlScalars.FitsInt64(scalar.Value):
                TypeError(node, "a whole number that fits in 64 bits");
                return null;
            case SchemaKind.Int when resolved == ScalarType.Float && YamlScalars.FloatFitsInt64(scalar.Value):
                // yaml.v2 truncates a float into an integer field.
                return value;
            case SchemaKind.Int when resolved != ScalarType.Int:
                TypeError(node, "a whole number" + (resolved == ScalarType.String ? $", not the string \"{scalar.Value}\"" : string.Empty));
                return null;
            case SchemaKind.Duration when resolved == ScalarType.Int || (resolved == ScalarType.Float && YamlScalars.FloatFitsInt64(scalar.Value)):
                _ctx.Report(RuleIds.IgnoredValue, _ctx.Span(node),
                    $"`{Path}: {scalar.Value}` is read as {scalar.Value} nanoseconds; write a unit, such as {scalar.Value}s");
                return value;
            case SchemaKind.Duration when resolved != ScalarType.String || !YamlScalars.IsGoDuration(scalar.Value):
                TypeError(node, $"a duration such as 10s or 1h30m (there is no `d` unit)");
                return null;
            case SchemaKind.LogLevel:
                var level = YamlScalars.GoToLower(scalar.Value);
                if (level is not ("error" or "warn" or "info" or "debug"))
                {
                    _ctx.Fatal(RuleIds.InvalidValueType, _ctx.Span(node),
                        $"`{Path}: {scalar.Value}` is not a log level the registry knows (error, warn, info, debug), so it does not start");
                    return null;
                }

                return value;
        }

        return value;
    }

    private ConfigValue DecodeAny(YamlNode node)
    {
        var target = node.Target;
        switch (target)
        {
            case YamlMapping:
                var map = new ConfigMap(null, true, _ctx, node);
                DecodeInto(node, SchemaType.Parameters, map, untyped: true);
                return map;
            case YamlSequence seq:
                var list = new ConfigList(_ctx, node);
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    list.Items.Add(DecodeAt(i, seq.Items[i], SchemaType.Any));
                }

                return list;
            default:
                var scalar = (YamlScalar)target;
                return new ConfigScalar(scalar.Value, Resolve(node, scalar), scalar.Style, _ctx, node);
        }
    }

    private ConfigValue? DecodeStorage(YamlNode node, YamlNode target)
    {
        if (target is YamlScalar bare)
        {
            var m = new ConfigMap(SchemaType.Storage, false, _ctx, node);
            m.Set(bare.Value, _ctx, node, new ConfigMap(SchemaType.Parameters, false, _ctx, node));
            return m;
        }

        if (target is not YamlMapping)
        {
            TypeError(node, "a mapping with one storage driver");
            return null;
        }

        var storage = new ConfigMap(SchemaType.Storage, false, _ctx, node);
        if (!DecodeProviderMap(node, storage))
        {
            return null;
        }

        var drivers = storage.Entries.Where(e => !ConfigSchema.IsStorageSpecialKey(e.Key, Version)).ToList();
        if (drivers.Count > 1)
        {
            var names = string.Join(", ", drivers.Select(d => d.Key));
            var message = $"The registry needs exactly one storage driver and this config names {drivers.Count}: {names}";
            if (Version == RegistryVersion.V2 && drivers.Any(d => d.Key == "tag"))
            {
                message += "; `storage.tag` belongs to registry 3.x, and 2.x reads it as a second driver";
                _ctx.Fatal(RuleIds.KeyOfOtherVersion, drivers.First(d => d.Key == "tag").KeySpan, message);
            }
            else
            {
                _ctx.Fatal(RuleIds.StorageDriverCount, drivers[1].KeySpan, message, drivers[0].KeySpan);
            }
        }

        return storage;
    }

    private ConfigValue? DecodeAuth(YamlNode node, YamlNode target)
    {
        if (target is YamlScalar bare)
        {
            var m = new ConfigMap(SchemaType.Auth, false, _ctx, node);
            m.Set(bare.Value, _ctx, node, new ConfigMap(SchemaType.Parameters, false, _ctx, node));
            return m;
        }

        if (target is not YamlMapping)
        {
            TypeError(node, "a mapping with one auth provider");
            return null;
        }

        var auth = new ConfigMap(SchemaType.Auth, false, _ctx, node);
        if (!DecodeProviderMap(node, auth))
        {
            return null;
        }

        if (auth.Count > 1)
        {
            var names = string.Join(", ", auth.Entries.Select(d => d.Key));
            _ctx.Fatal(RuleIds.AuthProviderCount, auth.Entries[1].KeySpan,
                $"The registry takes one auth provider and this config names {auth.Count}: {names}; it does not start",
                auth.Entries[0].KeySpan);
        }

        return auth;
    }

    /// <summary>Decodes a Go map[string]Parameters (storage, auth): each value must be a mapping or null.</summary>
    private bool DecodeProviderMap(YamlNode node, ConfigMap into)
    {
        var ok = true;
        foreach (var (keyNode, valueNode) in Flatten((YamlMapping)node.Target))
        {
            if (keyNode.Target is not YamlScalar keyScalar)
            {
                NonScalarKey(keyNode);
                ok = false;
                continue;
            }

            var key = KeyText(keyNode, keyScalar);
            var valueTarget = valueNode.Target;
            if (valueTarget is YamlScalar vs && Resolve(valueNode, vs) == ScalarType.Null)
            {
                into.Set(key, _ctx, keyNode, null);
                continue;
            }

            if (valueTarget is not YamlMapping)
            {
                var path = Path;
                _ctx.Fatal(RuleIds.InvalidValueType, _ctx.Span(valueNode),
                    $"`{Join(path, key)}` must be a mapping of options (for example `{key}: {{}}`); the registry cannot read the {path} section and does not start");
                ok = false;
                continue;
            }

            var parameters = new ConfigMap(SchemaType.Parameters, false, _ctx, valueNode);
            _segments.Add((key, 0));
            DecodeInto(valueNode, SchemaType.Parameters, parameters, untyped: true);
            _segments.RemoveAt(_segments.Count - 1);
            into.Set(key, _ctx, keyNode, parameters);
        }

        return ok;
    }

    /// <summary>Decodes a mapping into a struct or map, applying merge keys in place.</summary>
    private void DecodeInto(YamlNode node, SchemaType type, ConfigMap into, bool untyped = false)
    {
        // Repeats are reported only where a file spells the mapping out, not through an alias or a variable.
        var seen = node is not YamlAlias && _ctx.CurrentEnv is null ? RentSeen() : null;
        try
        {
            DecodeEntries(node, type, into, untyped, seen);
        }
        finally
        {
            if (seen is not null)
            {
                seen.Clear();
                _seenPool.Push(seen);
            }
        }
    }

    private Dictionary<string, YamlNode> RentSeen() =>
        _seenPool.Count > 0 ? _seenPool.Pop() : new Dictionary<string, YamlNode>(StringComparer.Ordinal);

    private void DecodeEntries(YamlNode node, SchemaType type, ConfigMap into, bool untyped,
        Dictionary<string, YamlNode>? seen)
    {
        var mapping = (YamlMapping)node.Target;
        foreach (var entry in mapping.Entries)
        {
            var keyNode = entry.Key;
            var valueNode = entry.Value;
            if (IsMergeKey(keyNode))
            {
                Merge(valueNode, type, into, untyped);
                continue;
            }

            if (!Count(keyNode))
            {
                return;
            }

            if (keyNode.Target is not YamlScalar keyScalar)
            {
                NonScalarKey(keyNode);
                continue;
            }

            var key = KeyText(keyNode, keyScalar);
            if (seen is not null)
            {
                if (seen.TryGetValue(key, out var first))
                {
                    ReportDuplicate(key, keyNode, first, type);
                }

                seen[key] = keyNode;
            }

            if (type.Kind == SchemaKind.Struct)
            {
                var field = type.Field(key);
                if (field is null)
                {
                    UnknownKey(key, keyNode, type);
                    continue;
                }

                if (!field.In(Version))
                {
                    OtherVersionKey(field, keyNode);
                    continue;
                }

                var existing = into[key];
                var decoded = DecodeAt(key, valueNode, field.Type, existing);
                into.Set(key, _ctx, keyNode, decoded);
            }
            else
            {
                var element = untyped ? SchemaType.Any : type.Element!;
                into.Set(key, _ctx, keyNode, DecodeAt(key, valueNode, element, null));
            }
        }
    }

    private void Merge(YamlNode value, SchemaType type, ConfigMap into, bool untyped)
    {
        var target = value.Target;
        if (target.Decoding || _depth >= MaxDecodeDepth)
        {
            MergeError(value, "the merged mapping contains this merge");
            return;
        }

        // What a merge brings in through aliases counts as alias expansion, as in yaml.v2.
        var viaAlias = value is YamlAlias || (target is YamlSequence list && list.Items.Any(i => i is YamlAlias));
        _aliasDepth += viaAlias ? 1 : 0;
        target.Decoding = true;
        _depth++;
        try
        {
            MergeInto(value, type, into, untyped);
        }
        finally
        {
            _depth--;
            target.Decoding = false;
            _aliasDepth -= viaAlias ? 1 : 0;
        }
    }

    private void MergeInto(YamlNode value, SchemaType type, ConfigMap into, bool untyped)
    {
        switch (value.Target)
        {
            case YamlMapping:
                DecodeInto(value, type, into, untyped);
                break;
            case YamlSequence seq:
                // yaml.v2 merges a list of maps from the last to the first, so earlier maps win.
                for (var i = seq.Items.Count - 1; i >= 0; i--)
                {
                    if (seq.Items[i].Target is not YamlMapping)
                    {
                        MergeError(seq.Items[i]);
                        return;
                    }

                    DecodeInto(seq.Items[i], type, into, untyped);
                }

                break;
            default:
                MergeError(value);
                break;
        }
    }

    private void MergeError(YamlNode node, string? why = null) => _ctx.Fatal(RuleIds.InvalidYaml, _ctx.Span(node),
        $"A `<<` merge key needs a mapping or a list of mappings{(why is null ? string.Empty : $" ({why})")}; the registry's YAML reader stops here");

    private ScalarType Resolve(YamlNode node, YamlScalar scalar)
    {
        var type = YamlScalars.Resolve(scalar, out var error);
        if (error is not null)
        {
            _ctx.Fatal(RuleIds.InvalidYaml, _ctx.Span(node), $"The registry's YAML reader stops: {error}");
        }

        return type;
    }

    /// <summary>A key as a Go string: null keys are empty, others keep their text.</summary>
    private string KeyText(YamlNode node, YamlScalar scalar) =>
        Resolve(node, scalar) == ScalarType.Null && scalar.Tag is null or "!!null" ? string.Empty : scalar.Value;

    private void NonScalarKey(YamlNode keyNode) => _ctx.Fatal(RuleIds.InvalidValueType, _ctx.Span(keyNode),
        $"A key under `{Label(Path)}` is a list or mapping; the registry can only read plain keys and does not start");

    /// <summary>The key/value pairs of a mapping with merge keys applied (for maps whose entries replace).</summary>
    private IEnumerable<(YamlNode Key, YamlNode Value)> Flatten(YamlMapping mapping, int depth = 0)
    {
        if (depth > 32)
        {
            MergeError(mapping, "merges nest too deep (or merge a mapping into itself)");
            yield break;
        }

        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            // Merges can multiply work like aliases do, so they count against the same budget.
            if (!Count(entry.Key))
            {
                yield break;
            }

            if (IsMergeKey(entry.Key))
            {
                var sources = entry.Value.Target switch
                {
                    YamlMapping => new[] { entry.Value },
                    YamlSequence s => s.Items.AsEnumerable().Reverse().ToArray(),
                    _ => null,
                };
                if (sources is null)
                {
                    MergeError(entry.Value);
                    continue;
                }

                foreach (var source in sources)
                {
                    if (source.Target is YamlMapping inner)
                    {
                        var viaAlias = source is YamlAlias || entry.Value is YamlAlias;
                        _aliasDepth += viaAlias ? 1 : 0;
                        foreach (var pair in Flatten(inner, depth + 1))
                        {
                            yield return pair;
                        }

                        _aliasDepth -= viaAlias ? 1 : 0;
                    }
                    else
                    {
                        MergeError(source);
                    }
                }

                continue;
            }

            if (entry.Key.Target is YamlScalar ks && _ctx.CurrentEnv is null)
            {
                if (seen.TryGetValue(ks.Value, out var first))
                {
                    ReportDuplicate(ks.Value, entry.Key, first, SchemaType.Parameters);
                }

                seen[ks.Value] = entry.Key;
            }

            yield return (entry.Key, entry.Value);
        }
    }

    private void ReportDuplicate(string key, YamlNode second, YamlNode first, SchemaType type)
    {
        var path = Path;
        var field = type.Kind == SchemaKind.Struct ? type.Field(key) : null;
        var merges = field is not null && field.Type.Kind is SchemaKind.Struct or SchemaKind.Map;
        var where = $"`{Join(path, key)}` appears again (first at line {_ctx.Span(first).Start.Line})";
        var message = merges
            ? $"{where}; the registry reads the second into the first, and keys set in both take this later value"
            : $"{where}; the registry keeps only this later value";
        _ctx.Report(RuleIds.DuplicateKey, _ctx.Span(second), message, _ctx.Span(first));
    }

    private void UnknownKey(string key, YamlNode keyNode, SchemaType type)
    {
        var path = Path;
        var span = _ctx.Span(keyNode);
        if (_ctx.CurrentEnv is null && !_ctx.UnknownKeys.ContainsKey(Join(path, key)))
        {
            _ctx.UnknownKeys[Join(path, key)] = span;
        }

        var hint = KeyHints.Suggest(key, type, path, Version);
        var message = $"The registry ignores `{Join(path, key)}`: {(path.Length == 0 ? "it is not a top-level key" : $"`{path}` has no key `{key}`")}";
        if (hint is not null)
        {
            message += "; " + hint;
        }

        _ctx.Report(RuleIds.UnknownKey, span, message);
        if (KeyHints.LooksLikeAuth(key, path))
        {
            _ctx.IgnoredAuth.Add(new IgnoredAuth(span, $"`{Join(path, key)}` is not read as auth" + (hint is null ? string.Empty : $" ({hint})")));
        }
    }

    private void OtherVersionKey(SchemaField field, YamlNode keyNode)
    {
        var path = Path;
        var other = Version == RegistryVersion.V2 ? "3.x" : "2.x";
        if (_ctx.CurrentEnv is null)
        {
            _ctx.OtherVersionKeys[Join(path, field.Key)] = _ctx.Span(keyNode);
        }

        _ctx.Report(RuleIds.IgnoredInThisVersion, _ctx.Span(keyNode),
            $"`{Join(path, field.Key)}` is only read by registry {other}; registry {_ctx.VersionLabel} ignores it");
    }

    private void TypeError(YamlNode node, string expected)
    {
        var shown = node.Target switch
        {
            YamlScalar s => $"`{Shorten(s.Value)}`",
            YamlMapping => "a mapping",
            YamlSequence => "a list",
            _ => "this value",
        };
        _ctx.Fatal(RuleIds.InvalidValueType, _ctx.Span(node),
            $"`{Path}` must be {expected}, not {shown}; the registry rejects the config and does not start");
    }

    private bool Count(YamlNode node)
    {
        _decodeCount++;
        if (_aliasDepth > 0 || node is YamlAlias)
        {
            _aliasCount++;
        }

        if (_aliasFailure)
        {
            return false;
        }

        // yaml.v2 (2.2.8 and later) stops on documents that expand aliases far beyond their size.
        if (_aliasCount > 100 && _decodeCount > 1000 && (double)_aliasCount / _decodeCount > AllowedAliasRatio(_decodeCount))
        {
            _aliasFailure = true;
            _ctx.Fatal(RuleIds.InvalidYaml, _ctx.Span(node),
                "The document expands aliases far beyond its size; the registry's YAML reader stops with \"document contains excessive aliasing\"");
            return false;
        }

        if (_decodeCount > _ctx.Options.MaxNodes)
        {
            _aliasFailure = true;
            _ctx.Incomplete = true;
            _ctx.Report(RuleIds.AnalysisLimit, _ctx.Span(node),
                $"The config decodes to more than {_ctx.Options.MaxNodes} values; the rest was not checked");
            return false;
        }

        return true;
    }

    private static double AllowedAliasRatio(int decodeCount)
    {
        const int Low = 400_000;
        const int High = 4_000_000;
        if (decodeCount <= Low)
        {
            return 0.99;
        }

        if (decodeCount >= High)
        {
            return 0.10;
        }

        return 0.99 - (0.89 * ((double)(decodeCount - Low) / (High - Low)));
    }

    private static bool IsMergeKey(YamlNode key) =>
        key.Target is YamlScalar { Value: "<<" } s && (s.Tag is null ? s.IsPlain : s.Tag == "!!merge");

    internal static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Label(string path) => path.Length == 0 ? "the top level" : path;

    private static string Shorten(string s) => s.Length > 40 ? s.Substring(0, 37) + "..." : s;
}
