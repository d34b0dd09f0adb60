using System;
using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Schema;

/// <summary>"Did you mean" answers for keys the registry does not know.</summary>
internal static class KeyHints
{
    private static readonly Lazy<Dictionary<string, List<string>>> PlacesByKey = new(BuildIndex);

    private static readonly string[] AuthProviders = { "htpasswd", "token", "silly" };

    public static string? Suggest(string key, SchemaType type, string path, RegistryVersion version)
    {
        var fields = type.Fields.Where(f => f.In(version)).Select(f => f.Key).ToList();
        var sameLetters = fields.FirstOrDefault(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
        if (sameLetters is not null)
        {
            return $"keys are case-sensitive, did you mean `{sameLetters}`?";
        }

        var places = Places(key).Where(p => p != path).ToList();
        if (places.Count > 0 && !string.Equals(key, "enabled", StringComparison.Ordinal))
        {
            return $"`{key}` belongs {Describe(places)}";
        }

        var near = fields
            .Select(f => (Field: f, Distance: Distance(key.ToLowerInvariant(), f)))
            .Where(x => x.Distance <= MaxDistance(x.Field))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        if (near.Field is not null)
        {
            return $"did you mean `{near.Field}`?";
        }

        var elsewhere = PlacesByKey.Value.Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        if (elsewhere is not null)
        {
            return $"keys are case-sensitive, and `{elsewhere}` belongs {Describe(PlacesByKey.Value[elsewhere])}";
        }

        return null;
    }

    /// <summary>Whether an ignored key was most likely meant to configure auth.</summary>
    public static bool LooksLikeAuth(string key, string path)
    {
        var lower = key.ToLowerInvariant();
        if (lower.StartsWith("auth", StringComparison.Ordinal) || (lower.Length >= 3 && Distance(lower, "auth") <= 1))
        {
            return path.Length == 0 || path == "http" || lower == "auth";
        }

        return path != "auth" && AuthProviders.Contains(lower);
    }

    private static IEnumerable<string> Places(string key) =>
        PlacesByKey.Value.TryGetValue(key, out var places) ? places : Enumerable.Empty<string>();

    private static string Describe(List<string> places)
    {
        var shown = places.OrderBy(p => p.Length).Take(3).Select(p => p.Length == 0 ? "at the top level" : $"under `{p}`");
        return string.Join(" or ", shown);
    }

    private static int MaxDistance(string field) => field.Length <= 4 ? 1 : 2;

    /// <summary>Optimal string alignment distance: edits, with a swap of neighbours counting as one.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static Dictionary<string, List<string>> BuildIndex()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        void Add(string key, string path)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = new List<string>();
            }

            if (!list.Contains(path))
            {
                list.Add(path);
            }
        }

        void Walk(SchemaType type, string path, int depth)
        {
            if (depth > 8)
            {
                return;
            }

            foreach (var field in type.Fields)
            {
                Add(field.Key, path);
                var inner = field.Type.Kind == SchemaKind.List ? field.Type.Element! : field.Type;
                if (inner.Kind == SchemaKind.Struct)
                {
                    Walk(inner, path.Length == 0 ? field.Key : path + "." + field.Key, depth + 1);
                }
            }
        }

        Walk(ConfigSchema.Root, string.Empty, 0);
        foreach (var special in new[] { "maintenance", "cache", "delete", "redirect" })
        {
            Add(special, "storage");
        }

        foreach (var driver in ConfigSchema.DriverParameters)
        {
            Add(driver.Key, "storage");
        }

        foreach (var provider in ConfigSchema.AuthOptions)
        {
            Add(provider.Key, "auth");
        }

        // Keys that are everywhere say nothing about where a stray copy belongs.
        foreach (var common in index.Where(kv => kv.Value.Count > 3).Select(kv => kv.Key).ToList())
        {
            index.Remove(common);
        }

        return index;
    }
}
