using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Schema;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Model;

/// <summary>
/// Applies <c>REGISTRY_*</c> variables the way the registry's configuration parser does: sorted by
/// name, split on <c>_</c>, struct levels matched against upper-case Go field names, map levels
/// matched case-insensitively (else a new lower-case key), each value read as YAML, an empty
/// value giving the zero value.
/// </summary>
internal sealed class EnvironmentOverrides
{
    private const string Prefix = "REGISTRY_";
    private readonly AnalysisContext _ctx;
    private readonly Decoder _decoder;

    public EnvironmentOverrides(AnalysisContext ctx, Decoder decoder)
    {
        _ctx = ctx;
        _decoder = decoder;
    }

    /// <summary>Which variable cleared which section (by path), for the messages of later rules.</summary>
    public Dictionary<string, EnvironmentVariable> Cleared { get; } = new(StringComparer.Ordinal);

    public void Apply(ConfigMap root, IReadOnlyList<EnvironmentVariable> environment)
    {
        foreach (var variable in environment)
        {
            if (!variable.Name.StartsWith(Prefix, StringComparison.Ordinal) &&
                variable.Name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                Ignored(variable, "the registry only reads names that start with upper-case `REGISTRY_`");
            }
        }

        var ordered = environment
            .Where(v => v.Name.StartsWith(Prefix, StringComparison.Ordinal))
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var variable in ordered)
        {
            if (variable.Name == "REGISTRY_CONFIGURATION_PATH")
            {
                continue;
            }

            if (variable.Name == "REGISTRY_VERSION")
            {
                // Overrides are applied after the version check, so this cannot change or rescue it.
                Ignored(variable, "the registry checks the file's `version` before it applies overrides, so this has no effect");
                continue;
            }

            var segments = variable.Name.Split('_').Skip(1).ToArray();
            try
            {
                _ctx.CurrentEnv = variable;
                ApplyStruct(root, ConfigSchema.Root, segments, 0, variable, string.Empty);
            }
            finally
            {
                _ctx.CurrentEnv = null;
            }
        }
    }

    private void ApplyStruct(ConfigMap into, SchemaType type, string[] segments, int index, EnvironmentVariable variable, string path)
    {
        var segment = segments[index];
        if (_ctx.Version == RegistryVersion.V3 && path == "redis" && segment != "TLS")
        {
            // 3.0 decodes redis into go-redis options, so its variables need an OPTIONS segment (fixed in 3.1).
            if (segment == "OPTIONS" && index + 1 < segments.Length)
            {
                segment = segments[++index];
            }
            else
            {
                Ignored(variable, $"registry 3.0 reads redis variables as `REGISTRY_REDIS_OPTIONS_{string.Join("_", segments.Skip(index))}`");
                return;
            }
        }

        var field = type.Fields.FirstOrDefault(f => f.In(_ctx.Version) && f.EnvName == segment);
        if (field is null)
        {
            Ignored(variable, UnknownSegmentHint(type, segment, path));
            return;
        }

        var fieldPath = Decoder.Join(path, field.Key);
        if (index == segments.Length - 1)
        {
            Set(into, field.Key, ParseValue(variable, field.Type, fieldPath), variable, fieldPath);
            return;
        }

        switch (field.Type.Kind)
        {
            case SchemaKind.Struct:
                ApplyStruct(Child(into, field.Key, field.Type), field.Type, segments, index + 1, variable, fieldPath);
                break;
            case SchemaKind.Map:
            case SchemaKind.Storage:
            case SchemaKind.Auth:
                ApplyMap(Child(into, field.Key, field.Type), field.Type, segments, index + 1, variable, fieldPath);
                break;
            case SchemaKind.List:
                ApplyList(into, field, segments, index + 1, variable, fieldPath);
                break;
            default:
                Ignored(variable, $"`{fieldPath}` is a single value, so the rest of the name is dropped");
                break;
        }
    }

    private void ApplyMap(ConfigMap into, SchemaType type, string[] segments, int index, EnvironmentVariable variable, string path)
    {
        var segment = segments[index];

        // The registry compares the upper-cased existing key with the segment as written, and
        // otherwise (re)creates the lower-cased key, replacing whatever was there.
        var existing = into.Entries.FirstOrDefault(e => e.Key.ToUpperInvariant() == segment && e.Value is not null);
        var key = existing?.Key ?? segment.ToLowerInvariant();
        var element = type.Kind is SchemaKind.Storage or SchemaKind.Auth ? SchemaType.Parameters : type.Element ?? SchemaType.Any;
        if (index == segments.Length - 1)
        {
            // The last segment never matches an existing key: the lower-cased key is (re)written.
            var leaf = segment.ToLowerInvariant();
            var leafPath = Decoder.Join(path, leaf);
            Set(into, leaf, ParseValue(variable, element, leafPath), variable, leafPath);
            return;
        }

        var keyPath = Decoder.Join(path, key);
        if (existing?.Value is ConfigScalar { IsNull: false })
        {
            Ignored(variable, $"`{keyPath}` is a single value, so the rest of the name is dropped");
            return;
        }

        switch (element.Kind)
        {
            case SchemaKind.Map:
                var typed = existing?.Value as ConfigMap;
                if (typed is null)
                {
                    typed = new ConfigMap(element, false, AnalysisContext.EnvSpan(variable), variable);
                    into.Set(key, AnalysisContext.EnvSpan(variable), typed);
                }

                ApplyMap(typed, element, segments, index + 1, variable, keyPath);
                break;
            case SchemaKind.Any:
                if (existing?.Value is ConfigMap { FromInterface: true })
                {
                    Ignored(variable, $"`{keyPath}` was read from YAML as a map with non-string keys, which the registry's override code skips; set the whole `{keyPath}` section as YAML instead");
                    return;
                }

                // Built by the override code as map[string]interface{}, which consumers of nested
                // storage options (maintenance) reject; the rules check for that.
                var child = existing?.Value as ConfigMap;
                if (child is null)
                {
                    child = new ConfigMap(null, false, AnalysisContext.EnvSpan(variable), variable);
                    into.Set(key, AnalysisContext.EnvSpan(variable), child);
                }

                ApplyMap(child, SchemaType.Parameters, segments, index + 1, variable, keyPath);
                break;
            case SchemaKind.List:
                Ignored(variable, $"`{keyPath}` is a list; set it whole as a YAML list");
                break;
            default:
                Ignored(variable, $"`{keyPath}` is a single value, so the rest of the name is dropped");
                break;
        }
    }

    private void ApplyList(ConfigMap into, SchemaField field, string[] segments, int index, EnvironmentVariable variable, string path)
    {
        if (_ctx.Version == RegistryVersion.V2)
        {
            Ignored(variable, $"registry 2.x cannot set one element of the list `{path}`; set the whole list as YAML, e.g. {string.Join("_", segments.Take(index).Prepend("REGISTRY"))}='[...]'");
            return;
        }

        var list = into[field.Key] as ConfigList;
        var count = list?.Items.Count ?? 0;
        if (!int.TryParse(segments[index], out var position) || position < 0)
        {
            _ctx.Fatal(RuleIds.InvalidValueType, AnalysisContext.EnvSpan(variable),
                $"`{variable.Name}`: registry 3.0 stops with a panic on the non-numeric list index `{segments[index]}`");
            return;
        }

        if (position > count)
        {
            _ctx.Fatal(RuleIds.InvalidValueType, AnalysisContext.EnvSpan(variable),
                $"`{variable.Name}`: `{path}` has {count} element(s), and registry 3.0 stops with a panic on index {position}");
            return;
        }

        if (list is null)
        {
            list = new ConfigList(AnalysisContext.EnvSpan(variable), variable);
            into.Set(field.Key, AnalysisContext.EnvSpan(variable), list);
        }

        var element = field.Type.Element!;
        var elementPath = $"{path}[{position}]";
        if (index == segments.Length - 1)
        {
            var value = ParseValue(variable, element, elementPath);
            if (position == count)
            {
                list.Items.Add(value);
            }
            else
            {
                list.Items[position] = value;
            }

            return;
        }

        if (element.Kind != SchemaKind.Struct)
        {
            Ignored(variable, $"`{elementPath}` is a single value, so the rest of the name is dropped");
            return;
        }

        if (position == count)
        {
            list.Items.Add(new ConfigMap(element, false, AnalysisContext.EnvSpan(variable), variable));
        }

        if (list.Items[position] is not ConfigMap item)
        {
            item = new ConfigMap(element, false, AnalysisContext.EnvSpan(variable), variable);
            list.Items[position] = item;
        }

        ApplyStruct(item, element, segments, index + 1, variable, elementPath);
    }

    private ConfigMap Child(ConfigMap parent, string key, SchemaType type)
    {
        if (parent[key] is ConfigMap existing)
        {
            return existing;
        }

        var env = _ctx.CurrentEnv!;
        var created = new ConfigMap(type, false, AnalysisContext.EnvSpan(env), env);
        parent.Set(key, AnalysisContext.EnvSpan(env), created);
        return created;
    }

    private void Set(ConfigMap into, string key, ConfigValue? value, EnvironmentVariable variable, string path)
    {
        into.Set(key, AnalysisContext.EnvSpan(variable), value);
        if (value is null)
        {
            Cleared[path] = variable;
        }
    }

    /// <summary>Reads a variable's value as YAML into the field's type; null for the zero value.</summary>
    private ConfigValue? ParseValue(EnvironmentVariable variable, SchemaType type, string path)
    {
        var span = AnalysisContext.EnvSpan(variable);
        if (variable.Value is null)
        {
            return new ConfigScalar(string.Empty, ScalarType.Unknown, ScalarStyle.Plain, span, variable);
        }

        if (variable.Value.Trim().Length == 0)
        {
            return null;
        }

        var bad = RegistryConfigEngine.FirstDisallowedCharacter(variable.Value);
        if (bad >= 0 || variable.Value.StartsWith("\t", StringComparison.Ordinal))
        {
            var what = bad >= 0 ? $"the character U+{(int)variable.Value[bad]:X4}" : "a leading tab";
            _ctx.Fatal(RuleIds.InvalidValueType, span,
                $"`{variable.Name}` holds {what}, which the registry's YAML reader rejects; the registry does not start");
            return null;
        }

        // Most values are one plain word, which costs a parser far more than it takes to read.
        YamlNode? root = _ctx.Options.MaxNodes > 0 ? YamlScalars.ReadPlainLine(variable.Value) : null;
        if (root is null)
        {
            var read = YamlReader.Read(variable.Value, _ctx.Options);
            if (read.SyntaxError is not null)
            {
                _ctx.Fatal(RuleIds.InvalidValueType, span,
                    $"`{variable.Name}` is not valid YAML ({read.SyntaxError}); the registry does not start");
                return null;
            }

            root = read.Root;
        }

        if (root is null)
        {
            return null;
        }

        return _decoder.Decode(root, type, null, path);
    }

    private void Ignored(EnvironmentVariable variable, string why) =>
        _ctx.Report(RuleIds.IgnoredEnvironmentVariable, AnalysisContext.EnvSpan(variable),
            $"The registry ignores `{variable.Name}`: {why}");

    private static string UnknownSegmentHint(SchemaType type, string segment, string path)
    {
        var where = path.Length == 0 ? "the top level" : $"`{path}`";
        var upper = segment.ToUpperInvariant();
        var byGoName = type.Fields.FirstOrDefault(f => f.GoName.ToUpperInvariant() == upper);
        if (byGoName is not null && upper != segment)
        {
            return $"names are case-sensitive; write `{byGoName.GoName.ToUpperInvariant()}`";
        }

        var byYamlKey = type.Fields.FirstOrDefault(f => f.Key.ToUpperInvariant() == upper);
        if (byYamlKey is not null)
        {
            return $"variables use the Go field name, so `{byYamlKey.Key}` is `{byYamlKey.GoName.ToUpperInvariant()}` here";
        }

        var service = segment is "PORT" or "SERVICE" ? " (a Kubernetes service-link variable of a Service named `registry`?)" : string.Empty;
        return $"{where} has no field `{segment}`{service}";
    }
}
