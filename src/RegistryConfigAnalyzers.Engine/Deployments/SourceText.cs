using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>A file's text with its line table, to turn node positions and line numbers into spans.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = new();

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;

        // The YAML reader counts columns after a byte order mark, so line 1 starts behind it.
        _lineStarts.Add(text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    public SourceSpan Span(YamlNode node) => new(Path, node.Start, node.End);

    public SourceSpan Span(YamlNode from, YamlNode to) => new(Path, from.Start, LastEnd(to));

    /// <summary>
    /// A span from the node's start to the end of its last scalar: a block mapping's own end lies at
    /// the next token, often on the next line, which is not where the entry is.
    /// </summary>
    public SourceSpan Tight(YamlNode node) => new(Path, node.Start, LastEnd(node));

    private SourcePosition LastEnd(YamlNode node)
    {
        if (node is YamlAlias)
        {
            // An alias is written where it stands; its target may even contain it.
            return node.End;
        }

        var target = node.Target;
        var end = target.End;
        if (target is YamlMapping { Flow: true } or YamlSequence { Flow: true } &&
            end.Offset < Text.Length && Text[end.Offset] is ']' or '}')
        {
            // The reader ends a flow collection at its closing bracket, not after it.
            return new SourcePosition(end.Line, end.Column + 1, end.Offset + 1);
        }

        return target switch
        {
            YamlMapping { Flow: false, Entries.Count: > 0 } map => LastEnd(map.Entries[map.Entries.Count - 1].Value),
            YamlSequence { Flow: false, Items.Count: > 0 } seq => LastEnd(seq.Items[seq.Items.Count - 1]),
            // A block scalar's entry is shown as its header line, up to the `|` or `>`.
            YamlScalar { Style: ScalarStyle.Literal or ScalarStyle.Folded } =>
                new SourcePosition(target.Start.Line, target.Start.Column + 1, target.Start.Offset + 1),
            _ => target.End,
        };
    }

    /// <summary>The position of a 1-based line and column, with its character offset.</summary>
    public SourcePosition At(int line, int column)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return new SourcePosition(line, column, Text.Length);
        }

        var offset = _lineStarts[line - 1] + column - 1;
        return new SourcePosition(line, column, offset < Text.Length ? offset : Text.Length);
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return string.Empty;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Count ? _lineStarts[line] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return Text.Substring(start, end - start);
    }

    public SourceSpan Start => new(Path, At(1, 1), At(1, 1));
}
