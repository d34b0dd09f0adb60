using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Engine.Yaml;

internal enum ScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

/// <summary>A node of a YAML document, with the positions of its first and last character.</summary>
internal abstract class YamlNode
{
    protected YamlNode(SourcePosition start, SourcePosition end)
    {
        Start = start;
        End = end;
    }

    public SourcePosition Start { get; }

    public SourcePosition End { get; internal set; }

    public string? Tag { get; set; }

    /// <summary>
    /// Set while the decoder is inside this node, to catch an alias or merge of a node into
    /// itself; a flag is cheaper than a set of nodes, which hashes every node it meets.
    /// </summary>
    internal bool Decoding { get; set; }

    /// <summary>The node itself, or for an alias the node it refers to.</summary>
    public virtual YamlNode Target => this;
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, ScalarStyle style, SourcePosition start, SourcePosition end)
        : base(start, end)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    public bool IsPlain => Style == ScalarStyle.Plain;

    /// <summary>Set when the scalar's tag cannot hold its text (bad base64 for !!binary).</summary>
    public string? TagError { get; set; }
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(SourcePosition start, SourcePosition end, bool flow)
        : base(start, end)
    {
        Flow = flow;
    }

    public bool Flow { get; }

    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = new();
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourcePosition start, SourcePosition end, bool flow)
        : base(start, end)
    {
        Flow = flow;
    }

    public bool Flow { get; }

    public List<YamlNode> Items { get; } = new();
}

/// <summary>An alias (<c>*name</c>): it stands where it is written and means the anchored node.</summary>
internal sealed class YamlAlias : YamlNode
{
    private readonly YamlNode _target;

    public YamlAlias(string name, YamlNode target, SourcePosition start, SourcePosition end)
        : base(start, end)
    {
        Name = name;
        _target = target;
    }

    public string Name { get; }

    public override YamlNode Target => _target.Target;
}
