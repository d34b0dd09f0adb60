using System;
using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Engine.Yaml;

/// <summary>
/// Where the lines of a text start, counted as YAML 1.1, editors and Roslyn count them: CR LF,
/// CR, LF, NEL, LS and PS each end a line. Every position the engine reports is made from an
/// offset through this table, so line and column always agree with the offset.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _starts;

    private LineMap(string text, int[] starts)
    {
        Length = text.Length;
        _starts = starts;

        // Editors hide a byte order mark, so the first column of the first line comes after it.
        Bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>The number of characters in the text.</summary>
    public int Length { get; }

    /// <summary>The number of lines; a text that ends with a line break has an empty last line.</summary>
    public int Count => _starts.Length;

    private int Bom { get; }

    public static LineMap Of(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // The CR of a CR LF is not a break of its own: the LF after it ends the line.
            var c = text[i];
            var lone = c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n');
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || lone)
            {
                starts.Add(i + 1);
            }
        }

        return new LineMap(text, starts.ToArray());
    }

    /// <summary>The 1-based line of <paramref name="offset"/>, kept inside the text.</summary>
    public int LineOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Length));
        var found = Array.BinarySearch(_starts, offset);
        return found >= 0 ? found + 1 : ~found;
    }

    /// <summary>The offset where <paramref name="line"/> (1-based) starts.</summary>
    public int StartOf(int line) => _starts[line - 1];

    /// <summary>The line and column of <paramref name="offset"/>, moved into the text if outside it.</summary>
    public SourcePosition At(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Length));
        var line = LineOf(offset);
        var column = offset - _starts[line - 1] + 1;
        if (line == 1 && Bom == 1 && offset > 0)
        {
            column--;
        }

        return new SourcePosition(line, column, offset);
    }
}
