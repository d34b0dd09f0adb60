using System;

namespace RegistryConfigAnalyzers.Cli.Tests;

/// <summary>A config text with one span marked as <c>[|…|]</c>, and where the span is without the marks.</summary>
internal sealed class Marked
{
    private Marked(string text, int startLine, int startColumn, int endLine, int endColumn)
    {
        Text = text;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public string Text { get; }

    public int StartLine { get; }

    public int StartColumn { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public static Marked Parse(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal) - 2;
        var text = marked.Replace("[|", string.Empty).Replace("|]", string.Empty);
        var (startLine, startColumn) = LineColumn(text, start);
        var (endLine, endColumn) = LineColumn(text, end);
        return new Marked(text, startLine, startColumn, endLine, endColumn);
    }

    private static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
