using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RegistryConfigAnalyzers.Engine.Yaml;

/// <summary>What the reader made of a text: the first document, and what stops or limits it.</summary>
internal sealed class YamlReadResult
{
    public YamlNode? Root { get; set; }

    /// <summary>Where each document after the first starts; the registry reads none of them.</summary>
    public List<SourcePosition> ExtraDocuments { get; } = new();

    /// <summary>The top-level mappings of the later documents, to tell what a user put there.</summary>
    public List<YamlMapping> ExtraDocumentRoots { get; } = new();

    public string? SyntaxError { get; set; }

    public string? LaterDocumentError { get; set; }

    public SourcePosition SyntaxErrorStart { get; set; }

    public SourcePosition SyntaxErrorEnd { get; set; }

    public string? LimitHit { get; set; }

    public SourcePosition LimitPosition { get; set; }

    public int NodeCount { get; set; }
}

/// <summary>
/// Builds a position-keeping node tree from YAML text with YamlDotNet's event parser.
/// It keeps aliases as references (no expansion), so an alias bomb costs no more than its text.
/// </summary>
internal static class YamlReader
{
    public static YamlReadResult Read(string text, AnalysisOptions options)
    {
        var result = new YamlReadResult();
        var offsetShift = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // yaml.v2 accepts a UTF-8 byte order mark; YamlDotNet reads it as text when given a string.
            text = text.Substring(1);
            offsetShift = 1;
        }

        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlNode?>();
        var documentIndex = -1;
        YamlNode? documentRoot = null;

        SourcePosition Pos(Mark mark) => new((int)mark.Line, (int)mark.Column, (int)mark.Index + offsetShift);

        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                switch (e)
                {
                    case DocumentStart:
                        documentIndex++;
                        documentRoot = null;
                        anchors.Clear();
                        if (documentIndex > 0)
                        {
                            result.ExtraDocuments.Add(Pos(e.Start));
                        }

                        break;
                    case DocumentEnd:
                        if (documentIndex == 0)
                        {
                            result.Root = documentRoot;
                        }
                        else if (documentRoot is YamlMapping extra)
                        {
                            result.ExtraDocumentRoots.Add(extra);
                        }

                        break;
                    case Scalar s:
                        Add(new YamlScalar(s.Value, StyleOf(s), Pos(s.Start), Pos(s.End)) { Tag = TagOf(s.Tag) }, s.Anchor);
                        break;
                    case AnchorAlias a:
                        if (!anchors.TryGetValue(a.Value.Value, out var target))
                        {
                            throw new SemanticErrorException(a.Start, a.End, $"unknown anchor '{a.Value.Value}' referenced");
                        }

                        Add(new YamlAlias(a.Value.Value, target, Pos(a.Start), Pos(a.End)), default);
                        break;
                    case MappingStart m:
                        if (stack.Count >= options.MaxDepth)
                        {
                            result.LimitHit = $"nesting deeper than {options.MaxDepth} levels";
                            result.LimitPosition = Pos(m.Start);
                            return result;
                        }

                        var mapping = new YamlMapping(Pos(m.Start), Pos(m.End), m.Style == MappingStyle.Flow) { Tag = TagOf(m.Tag) };
                        Add(mapping, m.Anchor);
                        stack.Push(mapping);
                        pendingKeys.Push(null);
                        break;
                    case SequenceStart q:
                        if (stack.Count >= options.MaxDepth)
                        {
                            result.LimitHit = $"nesting deeper than {options.MaxDepth} levels";
                            result.LimitPosition = Pos(q.Start);
                            return result;
                        }

                        var sequence = new YamlSequence(Pos(q.Start), Pos(q.End), q.Style == SequenceStyle.Flow) { Tag = TagOf(q.Tag) };
                        Add(sequence, q.Anchor);
                        stack.Push(sequence);
                        pendingKeys.Push(null);
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        var closed = stack.Pop();
                        pendingKeys.Pop();
                        closed.End = Pos(e.End);
                        break;
                }

                if (result.NodeCount > options.MaxNodes)
                {
                    result.LimitHit = $"more than {options.MaxNodes} YAML nodes";
                    result.LimitPosition = Pos(e.Start);
                    return result;
                }
            }
        }
        catch (YamlException ex) when (documentIndex > 0 && result.Root is not null)
        {
            // yaml.v2 parses only the first document, so a broken later one does not stop the registry.
            result.LaterDocumentError = Describe(ex);
        }
        catch (YamlException ex)
        {
            result.SyntaxError = Describe(ex);
            result.SyntaxErrorStart = Pos(ex.Start);
            result.SyntaxErrorEnd = Pos(ex.End);
        }
        catch (InvalidOperationException) when (documentIndex <= 0 || result.Root is null)
        {
            // YamlDotNet's scanner can throw this on an unclosed flow collection (aaubry/YamlDotNet#541).
            var at = parser.Current is { } last ? Pos(last.End) : new SourcePosition(1, 1, 0);
            result.SyntaxError = "an unclosed flow collection ('{' or '[' without its closing bracket)";
            result.SyntaxErrorStart = at;
            result.SyntaxErrorEnd = at;
        }
        catch (InvalidOperationException)
        {
            result.LaterDocumentError = "an unclosed flow collection";
        }

        return result;

        void Add(YamlNode node, AnchorName anchor)
        {
            result.NodeCount++;
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            if (stack.Count == 0)
            {
                documentRoot = node;
                return;
            }

            var parent = stack.Peek();
            if (parent is YamlSequence seq)
            {
                seq.Items.Add(node);
                return;
            }

            var map = (YamlMapping)parent;
            var key = pendingKeys.Pop();
            if (key is null)
            {
                pendingKeys.Push(node);
            }
            else
            {
                map.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, node));
                pendingKeys.Push(null);
            }
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

    private static string? TagOf(TagName tag)
    {
        if (tag.IsEmpty || tag.IsNonSpecific)
        {
            return null;
        }

        var value = tag.Value;
        const string CorePrefix = "tag:yaml.org,2002:";
        return value.StartsWith(CorePrefix, StringComparison.Ordinal) ? "!!" + value.Substring(CorePrefix.Length) : value;
    }
}
