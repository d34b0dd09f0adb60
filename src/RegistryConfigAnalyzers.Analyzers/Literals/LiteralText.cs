using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RegistryConfigAnalyzers.Analyzers.Literals;

/// <summary>
/// The text a C# string expression evaluates to, with every character's place in the source,
/// so that a finding at an offset of the text can be shown on the characters that wrote it.
/// </summary>
internal sealed class LiteralText
{
    private readonly SyntaxTree[] _trees;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private LiteralText(string text, SyntaxTree[] trees, int[] starts, int[] ends, IReadOnlyList<TextSpan> holes,
        Location whole)
    {
        Text = text;
        _trees = trees;
        _starts = starts;
        _ends = ends;
        Holes = holes;
        Whole = whole;
    }

    public string Text { get; }

    /// <summary>Ranges of <see cref="Text"/> that stand for values the analyzer cannot know.</summary>
    public IReadOnlyList<TextSpan> Holes { get; }

    /// <summary>The whole expression the text came from.</summary>
    public Location Whole { get; }

    /// <summary>The source range that wrote the text from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Location GetLocation(int start, int end)
    {
        if (Text.Length == 0)
        {
            return Whole;
        }

        start = Clamp(start);
        if (end <= start)
        {
            var at = start < Text.Length ? _starts[start] : _ends[Text.Length - 1];
            var tree = start < Text.Length ? _trees[start] : _trees[Text.Length - 1];
            return Location.Create(tree, new TextSpan(at, 0));
        }

        var last = Clamp(end - 1);
        var first = _trees[start];
        var stop = _ends[start];
        for (var i = start; i <= last; i++)
        {
            if (_trees[i] == first && _ends[i] > stop)
            {
                stop = _ends[i];
            }
        }

        return Location.Create(first, TextSpan.FromBounds(_starts[start], stop));
    }

    /// <summary>Whether the text range touches a value the analyzer had to stand in for.</summary>
    public bool TouchesHole(int start, int end)
    {
        foreach (var hole in Holes)
        {
            if (start < hole.End && end >= hole.Start)
            {
                return true;
            }
        }

        return false;
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset >= Text.Length ? Text.Length - 1 : offset;

    /// <summary>Collects characters and where each came from.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<SyntaxTree> _trees = new();
        private readonly List<int> _starts = new();
        private readonly List<int> _ends = new();
        private readonly List<TextSpan> _holes = new();

        public int Length => _text.Length;

        public string CurrentText => _text.ToString();

        public void Add(char c, SyntaxTree tree, int start, int end)
        {
            _text.Append(c);
            _trees.Add(tree);
            _starts.Add(start);
            _ends.Add(end);
        }

        /// <summary>Adds text that all maps to one source range (a constant read from a name).</summary>
        public void AddAll(string text, SyntaxTree tree, TextSpan span)
        {
            foreach (var c in text)
            {
                Add(c, tree, span.Start, span.End);
            }
        }

        public void AddHole(string placeholder, SyntaxTree tree, TextSpan span)
        {
            var start = Length;
            AddAll(placeholder, tree, span);
            _holes.Add(TextSpan.FromBounds(start, Length));
        }

        public LiteralText Build(Location whole) =>
            new(_text.ToString(), _trees.ToArray(), _starts.ToArray(), _ends.ToArray(), _holes.ToArray(), whole);
    }
}
