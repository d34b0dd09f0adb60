using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ScalarStyle = RegistryConfigAnalyzers.Engine.Yaml.ScalarStyle;

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
        var result = new DeploymentDocuments();
        var shift = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlNode?>();
        YamlNode? root = null;
        var nodes = 0;

        SourcePosition Pos(Mark mark) => new((int)mark.Line, (int)mark.Column, (int)mark.Index + shift);

        var parser = new Parser(new StringReader(shift == 1 ? text.Substring(1) : text));
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                switch (e)
                {
                    case DocumentStart:
                        root = null;
                        anchors.Clear();
                        break;
                    case DocumentEnd:
                        if (root is not null)
                        {
                            result.Roots.Add(root);
                        }

                        break;
                    case Scalar s:
                        Add(new YamlScalar(s.Value, StyleOf(s), Pos(s.Start), Pos(s.End)), s.Anchor);
                        break;
                    case AnchorAlias a:
                        if (!anchors.TryGetValue(a.Value.Value, out var target))
                        {
                            var message = $"unknown anchor '{a.Value.Value}' referenced";
                            throw new SemanticErrorException(a.Start, a.End, message);
                        }

                        Add(new YamlAlias(a.Value.Value, target, Pos(a.Start), Pos(a.End)), default);
                        break;
                    case MappingStart m:
                        Deeper(m.Start);
                        var mapping = new YamlMapping(Pos(m.Start), Pos(m.End), m.Style == MappingStyle.Flow);
                        Add(mapping, m.Anchor);
                        stack.Push(mapping);
                        pendingKeys.Push(null);
                        break;
                    case SequenceStart q:
                        Deeper(q.Start);
                        var sequence = new YamlSequence(Pos(q.Start), Pos(q.End), q.Style == SequenceStyle.Flow);
                        Add(sequence, q.Anchor);
                        stack.Push(sequence);
                        pendingKeys.Push(null);
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        stack.Pop().End = Pos(e.End);
                        pendingKeys.Pop();
                        break;
                }

                if (++nodes > options.MaxNodes)
                {
                    throw new YamlException(e.Start, e.End, $"the file has more than {options.MaxNodes} YAML nodes");
                }
            }
        }
        catch (YamlException ex)
        {
            result.Roots.Clear();
            result.Error = Describe(ex);
            result.ErrorStart = Pos(ex.Start);
            result.ErrorEnd = Pos(ex.End);
        }

        return result;

        void Deeper(Mark at)
        {
            if (stack.Count >= options.MaxDepth)
            {
                throw new YamlException(at, at, $"nesting is deeper than {options.MaxDepth} levels");
            }
        }

        void Add(YamlNode node, AnchorName anchor)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            if (stack.Count == 0)
            {
                root = node;
                return;
            }

            if (stack.Peek() is YamlSequence seq)
            {
                seq.Items.Add(node);
                return;
            }

            var map = (YamlMapping)stack.Peek();
            var key = pendingKeys.Pop();
            if (key is null)
            {
                pendingKeys.Push(node);
                return;
            }

            map.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, node));
            pendingKeys.Push(null);
        }
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(", StringComparison.Ordinal) && cut > 0)
        {
            message = message.Substring(cut + 3);
        }

        return message.TrimEnd('.');
    }

    private static ScalarStyle StyleOf(Scalar s) => s.Style switch
    {
        YamlDotNet.Core.ScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
        YamlDotNet.Core.ScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
        YamlDotNet.Core.ScalarStyle.Literal => ScalarStyle.Literal,
        YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Folded,
        _ => ScalarStyle.Plain,
    };
}

/// <summary>Lookups over the node tree that compose and Kubernetes files need (merge keys, nulls).</summary>
internal static class YamlLookup
{
    // An anchor is known before its node ends, so `&a {<<: *a}` merges a mapping into itself.
    private const int MaxMergeDepth = 16;

    /// <summary>The mapping's entries with <c>&lt;&lt;</c> merges folded in; its own keys win over merged ones.</summary>
    public static IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries(YamlNode? node) => Entries(node, 0);

    private static IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries(YamlNode? node, int depth)
    {
        if (node?.Target is not YamlMapping map || depth > MaxMergeDepth)
        {
            yield break;
        }

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
            foreach (var entry in Entries(merged, depth + 1))
            {
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
}
