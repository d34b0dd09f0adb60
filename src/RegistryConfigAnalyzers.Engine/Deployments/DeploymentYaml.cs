using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>Every document of a deployment file, or why the file could not be read.</summary>
internal sealed class DeploymentDocuments
{
    public List<YamlNode> Roots { get; } = new();

    public string? Error { get; set; }

    public SourcePosition ErrorStart { get; set; }

    public SourcePosition ErrorEnd { get; set; }
}

/// <summary>
/// Reads all documents of a compose file or a Kubernetes manifest into the engine's node tree.
/// Unlike the registry's reader it keeps every document, since kubectl applies each of them.
/// </summary>
internal static class DeploymentYaml
{
    public static DeploymentDocuments Read(string text, AnalysisOptions options)
    {
        var read = YamlReader.Read(text, options, allDocuments: true);
        var result = new DeploymentDocuments();
        if (read.SyntaxError is not null)
        {
            result.Error = read.SyntaxError;
            result.ErrorStart = read.SyntaxErrorStart;
            result.ErrorEnd = read.SyntaxErrorEnd;
        }
        else if (read.LimitHit is not null)
        {
            result.Error = "the file has " + read.LimitHit;
            result.ErrorStart = read.LimitPosition;
            result.ErrorEnd = read.LimitPosition;
        }
        else
        {
            result.Roots.AddRange(read.Documents);
        }

        return result;
    }
}

/// <summary>Lookups over the node tree that compose and Kubernetes files need (merge keys, nulls).</summary>
internal static class YamlLookup
{
    // An anchor is known before its node ends, so `&a {<<: *a}` merges a mapping into itself.
    private const int MaxMergeDepth = 16;

    // Merges let many mappings share one mapping's entries, and a chain of merges of merges
    // multiplies them, so the entries walked through merges are bounded per analysis.
    [ThreadStatic]
    private static MergeBudget? t_budget;

    /// <summary>
    /// Bounds, until disposed, how many entries lookups on this thread may walk through <c>&lt;&lt;</c>
    /// merges; past it they throw <see cref="WorkLimitReached"/>.
    /// </summary>
    public static IDisposable LimitMerges(int entries)
    {
        var budget = new MergeBudget(entries, t_budget);
        t_budget = budget;
        return budget;
    }

    /// <summary>The mapping's entries with <c>&lt;&lt;</c> merges folded in; its own keys win over merged ones.</summary>
    public static IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries(YamlNode? node) =>
        Entries(node, 0, new Dictionary<YamlMapping, int>());

    /// <param name="walked">
    /// The mappings this lookup has walked, with the shallowest depth: walking one again, no
    /// shallower, can only bring keys already given, so a diamond of merges is walked once.
    /// </param>
    private static IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries(YamlNode? node, int depth,
        Dictionary<YamlMapping, int> walked)
    {
        if (node?.Target is not YamlMapping map || depth > MaxMergeDepth)
        {
            yield break;
        }

        if (walked.TryGetValue(map, out var before) && before <= depth)
        {
            yield break;
        }

        walked[map] = depth;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var own = new List<KeyValuePair<YamlScalar, YamlNode>>();
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Target is YamlScalar key && key.Value != "<<")
            {
                own.Add(new KeyValuePair<YamlScalar, YamlNode>(key, entry.Value.Target));
            }
        }

        // A later duplicate key wins, as in the readers kubectl uses; the order stays as written.
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < own.Count; i++)
        {
            last[own[i].Key.Value] = i;
        }

        for (var i = 0; i < own.Count; i++)
        {
            if (last[own[i].Key.Value] == i)
            {
                seen.Add(own[i].Key.Value);
                yield return own[i];
            }
        }

        foreach (var merged in MergeSources(map))
        {
            foreach (var entry in Entries(merged, depth + 1, walked))
            {
                t_budget?.Spend();
                if (seen.Add(entry.Key.Value))
                {
                    yield return entry;
                }
            }
        }
    }

    public static KeyValuePair<YamlScalar, YamlNode>? Entry(YamlNode? node, string key)
    {
        foreach (var entry in Entries(node))
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    public static YamlNode? Get(YamlNode? node, string key) => Entry(node, key)?.Value;

    public static YamlNode? Get(YamlNode? node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            current = Get(current, key);
        }

        return current;
    }

    /// <summary>The text of a scalar, or null for a missing node, YAML null or a collection.</summary>
    public static string? Text(YamlNode? node) =>
        node?.Target is YamlScalar s && !IsNull(s) ? s.Value : null;

    public static string? Text(YamlNode? node, string key) => Text(Get(node, key));

    public static bool IsNull(YamlNode? node) =>
        node is null ||
        (node.Target is YamlScalar { IsPlain: true } s && YamlScalars.ResolvePlain(s.Value) == Model.ScalarType.Null);

    public static IEnumerable<YamlNode> Items(YamlNode? node) =>
        node?.Target is YamlSequence seq ? seq.Items.Select(i => i.Target) : Enumerable.Empty<YamlNode>();

    public static bool IsMapping(YamlNode? node) => node?.Target is YamlMapping;

    private static IEnumerable<YamlNode> MergeSources(YamlMapping map)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Target is not YamlScalar { Value: "<<" })
            {
                continue;
            }

            if (entry.Value.Target is YamlSequence list)
            {
                foreach (var item in list.Items)
                {
                    yield return item.Target;
                }
            }
            else
            {
                yield return entry.Value.Target;
            }
        }
    }

    private sealed class MergeBudget : IDisposable
    {
        private readonly int _limit;
        private readonly MergeBudget? _outer;
        private int _left;

        public MergeBudget(int limit, MergeBudget? outer)
        {
            _limit = limit;
            _left = limit;
            _outer = outer;
        }

        public void Spend()
        {
            if (--_left < 0)
            {
                throw new WorkLimitReached(
                    $"Reading this needs more than {_limit:N0} entries brought in by `<<` merge keys; it was not checked completely");
            }
        }

        public void Dispose() => t_budget = _outer;
    }
}
