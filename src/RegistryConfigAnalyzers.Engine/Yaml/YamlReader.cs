using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Tokens = YamlDotNet.Core.Tokens;

namespace RegistryConfigAnalyzers.Engine.Yaml;

/// <summary>What the reader made of a text: the first document, and what stops or limits it.</summary>
internal sealed class YamlReadResult
{
    public YamlNode? Root { get; set; }

    /// <summary>The root of every document, first included (for files such as manifests that use them all).</summary>
    public List<YamlNode> Documents { get; } = new();

    /// <summary>Where each document after the first starts; the registry reads none of them.</summary>
    public List<SourcePosition> ExtraDocuments { get; } = new();

    /// <summary>The top-level mappings of the later documents, to tell what a user put there.</summary>
    public List<YamlMapping> ExtraDocumentRoots { get; } = new();

    public string? SyntaxError { get; set; }

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
    /// <summary>
    /// Reads <paramref name="text"/>. With <paramref name="allDocuments"/> a syntax error in any
    /// document fails the read; otherwise only the first document matters, as for the registry.
    /// </summary>
    public static YamlReadResult Read(string text, AnalysisOptions options, bool allDocuments = false,
        LineMap? lines = null)
    {
        lines ??= LineMap.Of(text);
        var offsetShift = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // yaml.v2 accepts a UTF-8 byte order mark; YamlDotNet reads it as text when given a string.
            text = text.Substring(1);
            offsetShift = 1;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // yaml.v2's scanner skips one more mark where a line starts, and counts it as a column;
            // YamlDotNet keeps one at the start of its input as text. A space does what yaml.v2 does.
            text = " " + text.Substring(1);
        }

        // Tags that yaml.v2 reads and YamlDotNet does not are rewritten to the same length, so that
        // the read goes on and every position stays where it was; each rewrite costs one more read.
        var result = Read(text, offsetShift, lines, options, allDocuments, out var rejectedTag, out var tagComma);
        for (var rewrites = 0; rejectedTag || tagComma >= 0; rewrites++)
        {
            if (rewrites == MaxTagRewrites)
            {
                var at = lines.At(Math.Max(tagComma, 0) + offsetShift);
                var limit = $"more than {MaxTagRewrites} tags that need rewriting";
                return new YamlReadResult { LimitHit = limit, LimitPosition = at };
            }

            text = rejectedTag ? ReplaceRejectedTags(text) : AbsorbTagCommas(text, tagComma);
            result = Read(text, offsetShift, lines, options, allDocuments, out rejectedTag, out tagComma);
        }

        return result;
    }

    private const int MaxTagRewrites = 16;

    private const string TagComma = "Unexpected comma at end of tag";

    private static YamlReadResult Read(string text, int offsetShift, LineMap lines, AnalysisOptions options,
        bool allDocuments, out bool rejectedTag, out int tagComma)
    {
        var result = new YamlReadResult();
        rejectedTag = false;
        tagComma = -1;

        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlNode?>();
        var documentIndex = -1;
        YamlNode? documentRoot = null;

        // YamlDotNet's own line and column miss NEL, LS and PS as line breaks; its index is right.
        SourcePosition Pos(Mark mark) => lines.At((int)mark.Index + offsetShift);

        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                switch (e)
                {
                    case DocumentStart start:
                        if (start.Version is { } directive &&
                            (directive.Version.Major != 1 || directive.Version.Minor != 1))
                        {
                            throw new SemanticErrorException(start.Start, start.End,
                                "found incompatible YAML document (yaml.v2 reads only %YAML 1.1)");
                        }

                        documentIndex++;
                        documentRoot = null;
                        anchors.Clear();
                        if (documentIndex > 0)
                        {
                            result.ExtraDocuments.Add(Pos(e.Start));
                        }

                        break;
                    case DocumentEnd:
                        if (documentRoot is not null)
                        {
                            result.Documents.Add(documentRoot);
                        }

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
                        CheckAnchor(s.Anchor, s.Start, s.End);
                        if (s.Style == YamlDotNet.Core.ScalarStyle.DoubleQuoted)
                        {
                            CheckEscapes(text, s.Start, s.End);
                        }

                        Add(MakeScalar(s, Pos(s.Start), Pos(s.End)), s.Anchor);
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

                        CheckAnchor(m.Anchor, m.Start, m.End);

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

                        CheckAnchor(q.Anchor, q.Start, q.End);

                        var sequence = new YamlSequence(Pos(q.Start), Pos(q.End), q.Style == SequenceStyle.Flow) { Tag = TagOf(q.Tag) };
                        Add(sequence, q.Anchor);
                        stack.Push(sequence);
                        pendingKeys.Push(null);
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        var closed = stack.Pop();
                        pendingKeys.Pop();
                        closed.End = EndOf(closed, Pos(e.End));
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
        catch (SyntaxErrorException ex) when (ex.Message.EndsWith(TagComma, StringComparison.Ordinal))
        {
            // yaml.v2 counts commas as part of a tag, in flow collections too; the caller rewrites them.
            tagComma = (int)ex.Start.Index;
        }
        catch (YamlException) when (!allDocuments && documentIndex > 0 && result.Root is not null)
        {
            // yaml.v2 parses only the first document, so a broken later one does not stop the registry.
        }
        catch (YamlException ex)
        {
            result.SyntaxError = Describe(ex);
            result.SyntaxErrorStart = Pos(ex.Start);

            // The start event of a block collection can carry an empty end mark (index 0).
            result.SyntaxErrorEnd = ex.End.Index < ex.Start.Index ? result.SyntaxErrorStart : Pos(ex.End);
            if (result.SyntaxError.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 &&
                FirstIndentationTab(text, offsetShift, lines, (int)ex.Start.Index) is { } tab)
            {
                // YamlDotNet reports the mapping that holds the tab; the registry names the tab's line.
                result.SyntaxErrorStart = lines.At(tab);
                result.SyntaxErrorEnd = lines.At(tab + 1);
            }
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName is "lowSurrogate" or "highSurrogate" or "utf32")
        {
            // YamlDotNet pairs a `\uD800`-style escape with the next escape and throws if that is no
            // low surrogate, and throws on a `\U` escape past Unicode or of a surrogate in some
            // unclosed scalars; yaml.v2 refuses every such escape.
            result.SyntaxError = InvalidEscape;
            result.SyntaxErrorStart = Pos(scanner.CurrentPosition);
            result.SyntaxErrorEnd = result.SyntaxErrorStart;
        }
        catch (ArgumentException) when (scanner.Current is Tokens.Tag { Handle.Length: 0, Suffix.Length: 0 } empty)
        {
            // `!<>`: YamlDotNet refuses the empty tag as an argument, yaml.v2 as a syntax error.
            result.SyntaxError = "did not find expected tag URI";
            result.SyntaxErrorStart = Pos(empty.Start);
            result.SyntaxErrorEnd = Pos(empty.End);
        }
        catch (ArgumentException) when (scanner.Current is Tokens.Tag)
        {
            // A tag that is no valid URI for YamlDotNet (`!!![x]`); the caller replaces it and reads again.
            rejectedTag = true;
        }
        catch (InvalidOperationException) when (allDocuments || documentIndex <= 0 || result.Root is null)
        {
            // YamlDotNet's scanner can throw this on an unclosed flow collection (aaubry/YamlDotNet#541).
            var at = parser.Current is { } last ? Pos(last.End) : new SourcePosition(1, 1, 0);
            result.SyntaxError = "an unclosed flow collection ('{' or '[' without its closing bracket)";
            result.SyntaxErrorStart = at;
            result.SyntaxErrorEnd = at;
        }
        catch (InvalidOperationException)
        {
            // The same YamlDotNet exception in a later document: the registry never reads that far.
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
            if (key is null && map.Flow && node.End.Offset - node.Start.Offset > 1024)
            {
                // yaml.v2 limits implicit keys in flow collections to 1024 characters.
                var at = new Mark(node.Start.Offset - offsetShift, node.Start.Line, node.Start.Column);
                throw new SemanticErrorException(at, at,
                    "a key in a flow mapping is longer than 1024 characters, which yaml.v2 does not allow");
            }

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

    /// <summary>
    /// A flow collection ends after its closing bracket (the end event marks the bracket itself);
    /// a block collection ends with its last item, not at the next key.
    /// </summary>
    private static SourcePosition EndOf(YamlNode closed, SourcePosition endEvent)
    {
        var flow = closed is YamlMapping { Flow: true } or YamlSequence { Flow: true };
        if (flow)
        {
            return new SourcePosition(endEvent.Line, endEvent.Column + 1, endEvent.Offset + 1);
        }

        YamlNode? last = closed switch
        {
            YamlMapping { Entries.Count: > 0 } m => m.Entries[m.Entries.Count - 1].Value,
            YamlSequence { Items.Count: > 0 } q => q.Items[q.Items.Count - 1],
            _ => null,
        };
        var end = last?.End ?? closed.Start;
        return end.Offset < closed.Start.Offset ? closed.Start : end;
    }

    private static YamlScalar MakeScalar(Scalar s, SourcePosition start, SourcePosition end)
    {
        var tag = TagOf(s.Tag);
        if (tag != "!!binary")
        {
            return new YamlScalar(s.Value, StyleOf(s), start, end) { Tag = tag };
        }

        // yaml.v2 decodes !!binary to its bytes, so a base64 key or value means its decoded text.
        try
        {
            var compact = new string(Array.FindAll(s.Value.ToCharArray(), c => !char.IsWhiteSpace(c)));
            var bytes = Convert.FromBase64String(compact);
            return new YamlScalar(System.Text.Encoding.UTF8.GetString(bytes), StyleOf(s), start, end) { Tag = tag };
        }
        catch (FormatException)
        {
            return new YamlScalar(s.Value, StyleOf(s), start, end) { Tag = tag, TagError = "!!binary value contains invalid base64 data" };
        }
    }

    /// <summary>
    /// The offset (in the whole text) of the first tab among the leading blanks of a line, at or
    /// after the line of <paramref name="from"/> (an index in the text without its byte order mark).
    /// </summary>
    private static int? FirstIndentationTab(string text, int offsetShift, LineMap lines, int from)
    {
        for (var line = lines.LineOf(from + offsetShift); line <= lines.Count; line++)
        {
            for (var k = Math.Max(0, lines.StartOf(line) - offsetShift); k < text.Length && text[k] is ' ' or '\t'; k++)
            {
                if (text[k] == '\t')
                {
                    return k + offsetShift;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The text with every tag YamlDotNet rejects (it must be a URI for YamlDotNet, not for yaml.v2)
    /// replaced by a local tag of the same length. yaml.v2 reads such a tag as one it does not know,
    /// which makes a scalar a string, as the stand-in does.
    /// </summary>
    private static string ReplaceRejectedTags(string text)
    {
        var chars = text.ToCharArray();
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        Tokens.Token? previous = null;
        try
        {
            // A bare scanner reports some errors as tokens, and repeats them for ever.
            while (scanner.MoveNext() && scanner.Current is not Tokens.Error)
            {
                switch (scanner.Current)
                {
                    case Tokens.TagDirective directive:
                        if (previous is not (Tokens.TagDirective or Tokens.VersionDirective))
                        {
                            // The directives before a document replace those of the one before.
                            prefixes.Clear();
                        }

                        prefixes[directive.Handle] = directive.Prefix;
                        break;
                    case Tokens.Tag tag when IsRejected(tag, prefixes):
                        var from = (int)tag.Start.Index;
                        var to = Math.Min((int)tag.End.Index, chars.Length);
                        for (var i = from; i < to; i++)
                        {
                            chars[i] = i == from ? '!' : 'x';
                        }

                        break;
                }

                previous = scanner.Current;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // The read reports this error itself (YamlDotNet's scanner throws the second on some
            // unclosed flow collections); no tag after it is reached.
        }

        return new string(chars);
    }

    /// <summary>
    /// The text with the commas that end a tag just before <paramref name="end"/> turned into
    /// letters, which is how yaml.v2 reads them: as more of the tag.
    /// </summary>
    private static string AbsorbTagCommas(string text, int end)
    {
        var chars = text.ToCharArray();
        var i = Math.Min(end, chars.Length) - 1;
        for (; i >= 0 && chars[i] == ','; i--)
        {
            chars[i] = 'x';
        }

        return new string(chars);
    }

    private static bool IsRejected(Tokens.Tag tag, Dictionary<string, string> prefixes)
    {
        if (tag.Handle.Length == 0 && tag.Suffix.Length == 0)
        {
            // Left for the read to report as yaml.v2 does: an empty verbatim tag is a syntax error.
            return false;
        }

        var prefix = tag.Handle switch
        {
            "" => string.Empty,
            _ when prefixes.TryGetValue(tag.Handle, out var declared) => declared,
            "!" => "!",
            "!!" => "tag:yaml.org,2002:",
            _ => null,
        };
        if (prefix is null)
        {
            // An undeclared handle: the read reports it as yaml.v2 does.
            return false;
        }

        try
        {
            _ = new TagName(prefix + tag.Suffix);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>yaml.v2 allows only letters, digits, '-' and '_' in anchor names.</summary>
    private static void CheckAnchor(AnchorName anchor, Mark start, Mark end)
    {
        if (anchor.IsEmpty)
        {
            return;
        }

        foreach (var c in anchor.Value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
            {
                throw new SemanticErrorException(start, end,
                    $"the anchor name '{anchor.Value}' has '{c}', but only letters, digits, '-' and '_' are allowed");
            }
        }
    }

    private const string InvalidEscape = "found invalid Unicode character escape code";

    /// <summary>
    /// YamlDotNet accepts the YAML 1.2 escape <c>\/</c> and escapes of surrogates that make a pair;
    /// yaml.v2 accepts neither.
    /// </summary>
    private static void CheckEscapes(string text, Mark start, Mark end)
    {
        var from = (int)start.Index;
        var to = Math.Min(text.Length, (int)end.Index);
        for (var i = from; i < to - 1; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            if (text[i + 1] == '/')
            {
                throw new SemanticErrorException(start, end, "found unknown escape character '\\/' in a double-quoted scalar");
            }

            var digits = text[i + 1] switch { 'u' => 4, 'U' => 8, _ => 0 };
            var hex = digits > 0 && i + 2 + digits <= to ? text.Substring(i + 2, digits) : string.Empty;
            if (uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) &&
                (code is >= 0xD800 and <= 0xDFFF || code > 0x10FFFF))
            {
                throw new SemanticErrorException(start, end, InvalidEscape);
            }

            i++;
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
        if (tag.IsEmpty)
        {
            return null;
        }

        if (tag.IsNonSpecific)
        {
            // A lone `!` makes a scalar a string in yaml.v2; `?` is the parser's "no tag".
            return tag.Value == "!" ? "!" : null;
        }

        var value = tag.Value;
        const string CorePrefix = "tag:yaml.org,2002:";
        return value.StartsWith(CorePrefix, StringComparison.Ordinal) ? "!!" + value.Substring(CorePrefix.Length) : value;
    }
}
