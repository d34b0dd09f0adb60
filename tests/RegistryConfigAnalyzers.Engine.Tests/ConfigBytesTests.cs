using System.Linq;
using System.Text;

namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>Hosts hand the engine a file's bytes, which it reads as the registry's YAML reader does.</summary>
public sealed class ConfigBytesTests
{
    private const string Open = "version: 0.1\nstorage:\n  inmemory:\n";

    [Fact]
    public void Reads_utf8_with_and_without_a_byte_order_mark_alike()
    {
        var plain = Analyze(Encoding.UTF8.GetBytes(Open));
        var marked = Analyze(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Open)).ToArray());

        Assert.True(plain.Verdict.Starts);
        Assert.True(marked.Verdict.Starts);
        Assert.Equal(plain.Findings.Select(f => f.RuleId), marked.Findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_utf16_with_a_byte_order_mark(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = Analyze(encoding.GetPreamble().Concat(encoding.GetBytes(Open)).ToArray());

        Assert.True(result.Verdict.Starts);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Reports_a_latin1_byte_where_it_is()
    {
        var result = Analyze(Encoding.Latin1.GetBytes(Open + "# caf\u00e9\n"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.InvalidYaml, finding.RuleId);
        Assert.Equal((4, 6), (finding.Span.Start.Line, finding.Span.Start.Column));
        Assert.False(result.Verdict.Starts);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Reports_overlong_surrogate_too_large_and_cut_off_sequences(byte[] bad)
    {
        var result = Analyze(Encoding.UTF8.GetBytes(Open + "# ").Concat(bad).ToArray());

        Assert.Equal(RuleIds.InvalidYaml, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Reports_whichever_comes_first_of_a_control_character_and_a_bad_byte()
    {
        var control = Analyze(new byte[] { 0, 0xFF });
        var bad = Analyze(new byte[] { (byte)'a', 0xFF, 0 });

        Assert.Contains("control character", Assert.Single(control.Findings).Message);
        Assert.Equal((1, 2), (bad.Findings.Single().Span.Start.Line, bad.Findings.Single().Span.Start.Column));
        Assert.Contains("not UTF-8", bad.Findings.Single().Message);
    }

    [Fact]
    public void Keeps_a_replacement_character_written_in_the_file()
    {
        var result = Analyze(Encoding.UTF8.GetBytes(Open + "# \uFFFD\n"));

        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void Reports_utf32_which_the_registry_reads_as_utf16_with_nul_characters()
    {
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        var result = Analyze(encoding.GetPreamble().Concat(encoding.GetBytes(Open)).ToArray());

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Reports_a_lone_utf16_surrogate()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Open + "# "))
            .Concat(new byte[] { 0x00, 0xD8, 0x41, 0x00 }).ToArray();

        var result = Analyze(bytes);

        Assert.Equal(RuleIds.InvalidYaml, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Reads_a_second_byte_order_mark_as_yaml_v2_does_as_one_column()
    {
        // yaml.v2 drops the first mark and skips the second where the line starts, counting it as a
        // column: keys indented by one space below are siblings of the first.
        var mark = Encoding.UTF8.GetPreamble();
        var bytes = mark.Concat(mark)
            .Concat(Encoding.UTF8.GetBytes("version: 0.1\n storage:\n   inmemory:\n   delete:\n     enabled: true\n"))
            .ToArray();

        var result = Analyze(bytes);

        Assert.True(result.Verdict.Starts);
        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void Reads_a_variable_value_after_two_byte_order_marks_as_its_scalar()
    {
        var result = RegistryConfigEngine.AnalyzeEffective(new ConfigInput("config.yml", Open),
            new[] { new EnvironmentVariable("REGISTRY_STORAGE_DELETE_ENABLED", "\uFEFF\uFEFFtrue") },
            new AnalysisOptions { Version = RegistryVersion.V2 });

        Assert.True(result.Verdict.DeletesEnabled);
    }

    private static AnalysisResult Analyze(byte[] bytes) =>
        RegistryConfigEngine.AnalyzeConfig(ConfigInput.FromBytes("config.yml", bytes),
            new AnalysisOptions { Version = RegistryVersion.V2 });
}
