using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegistryConfigAnalyzers.Analyzers.Literals;
using Xunit;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Literals;

public class LiteralReaderTests
{
    private static (LiteralText? Text, string Source) Read(string expression)
    {
        var source = "class C { object M(string x, int p) => " + expression + "; }";
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = CSharpCompilation.Create("t", new[] { tree },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var model = compilation.GetSemanticModel(tree);
        var body = tree.GetRoot().DescendantNodes().OfType<ArrowExpressionClauseSyntax>().Single().Expression;
        return (LiteralReader.Read(body, model, default), source);
    }

    private static string At(LiteralText text, string source, int start, int end) =>
        source.Substring(text.GetLocation(start, end).SourceSpan.Start, text.GetLocation(start, end).SourceSpan.Length);

    [Theory]
    [InlineData("\"a\\tb\\u0041\\x0042c\\x42c\"", "a\tbABc\u042c")]
    [InlineData("@\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData("\"a\" + \"b\" + (\"c\")", "abc")]
    [InlineData("$\"a{{b}}{1}\"", "a{b}1")]
    [InlineData("\"\"\"one \"quoted\" line\"\"\"", "one \"quoted\" line")]
    [InlineData("\"\"\"\n    k: v\n      n: m\n    \"\"\"", "k: v\n  n: m")]
    [InlineData("\"\"\"\r\n    k: v\r\n    \"\"\"", "k: v")]
    [InlineData("$$\"\"\"\n    k: {v}\n    n: {{1}}\n    \"\"\"", "k: {v}\nn: 1")]
    [InlineData("\"a\"u8", "a")]
    public void Each_literal_form_evaluates_to_the_compiler_s_text(string expression, string expected)
    {
        var (text, _) = Read(expression);

        Assert.NotNull(text);
        Assert.Equal(expected, text!.Text);
    }

    [Fact]
    public void A_character_after_an_escape_maps_to_its_own_place()
    {
        var (text, source) = Read("\"a\\nkey: value\"");

        Assert.Equal("value", At(text!, source, 7, 12));
        Assert.Equal("\\n", At(text!, source, 1, 2));
    }

    [Fact]
    public void A_raw_line_maps_past_its_indentation()
    {
        var (text, source) = Read("$\"\"\"\n        a: 1\n        b: {x}\n        \"\"\"");

        Assert.Equal("a: 1\nb: 0", text!.Text);
        Assert.Equal("b", At(text, source, 5, 6));
        Assert.True(text.TouchesHole(8, 9));
        Assert.Equal("{x}", At(text, source, 8, 9));
    }

    [Theory]
    [InlineData("$\"{x}: 1\"")]
    [InlineData("$\"a: 1\\n{x}\"")]
    [InlineData("x + \"a: 1\"")]
    public void Holes_that_may_add_keys_or_unknown_names_make_the_text_unknown(string expression)
    {
        var (text, _) = Read(expression);

        Assert.Null(text);
    }

    [Fact]
    public void A_chain_of_a_hundred_additions_is_read_whole()
    {
        var parts = Enumerable.Range(0, 100).Select(i => $"\"k{i}: v\\n\"");

        var (text, _) = Read(string.Join(" + ", parts));

        Assert.NotNull(text);
        Assert.Equal(string.Concat(Enumerable.Range(0, 100).Select(i => $"k{i}: v\n")), text!.Text);
    }

    [Fact]
    public void Nesting_of_exactly_the_depth_limit_is_read()
    {
        var (text, _) = Read(new string('(', 32) + "\"a\"" + new string(')', 32));

        Assert.Equal("a", text?.Text);
    }

    [Fact]
    public void Nesting_one_level_past_the_depth_limit_is_not_read()
    {
        var (text, _) = Read(new string('(', 33) + "\"a\"" + new string(')', 33));

        Assert.Null(text);
    }
}
