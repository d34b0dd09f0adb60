using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Tests.Infrastructure;

/// <summary>The markup of the specifications must place marks exactly, or every position test lies.</summary>
public sealed class MarkedTextTests
{
    [Fact]
    public void A_mark_is_removed_and_placed_on_its_text()
    {
        var marked = MarkedText.Parse("f", "ab\ncd [|ef|]\n", "RCA0001");

        Assert.Equal("ab\ncd ef\n", marked.Text);
        var span = Assert.Single(marked.Expected).Span;
        Assert.Equal((2, 4, 6), (span.Start.Line, span.Start.Column, span.Start.Offset));
        Assert.Equal((2, 6, 8), (span.End.Line, span.End.Column, span.End.Offset));
    }

    [Fact]
    public void Named_marks_nest_and_may_be_empty()
    {
        var marked = MarkedText.Parse("f", "{|RCA0001:{|RCA0100:Auth|}|}:{|RCA0102:|}", null);

        Assert.Equal("Auth:", marked.Text);
        Assert.Equal(new[] { "RCA0100 0-4", "RCA0001 0-4", "RCA0102 5-5" },
            marked.Expected.Select(e => $"{e.RuleId} {e.Span.Start.Offset}-{e.Span.End.Offset}"));
    }

    [Fact]
    public void Crlf_counts_as_one_line_break_and_a_bom_as_no_column()
    {
        var marked = MarkedText.Parse("f", "\uFEFFa: [|1|]\r\nb: [|2|]\r\n", "RCA0001");

        Assert.Equal(new[] { "(1,4)@4", "(2,4)@10" },
            marked.Expected.Select(e => $"({e.Span.Start.Line},{e.Span.Start.Column})@{e.Span.Start.Offset}"));
    }

    [Fact]
    public void Template_braces_next_to_a_mark_stay_text()
    {
        var marked = MarkedText.Parse("f", "x: [|{{|] .Values.x }}", "RCA0901");

        Assert.Equal("x: {{ .Values.x }}", marked.Text);
        Assert.Equal((4, 6), (Assert.Single(marked.Expected).Span.Start.Column, marked.Expected[0].Span.End.Column));
    }
}
