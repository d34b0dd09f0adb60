using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine;
using RegistryConfigAnalyzers.Fuzz;
using Xunit;

namespace RegistryConfigAnalyzers.Properties.Tests;

/// <summary>
/// Inputs AFL++ and the property tests found, cut down by hand to the smallest text that shows
/// each defect. The expectations are what the real registry (distribution 2.8.2) did with each
/// config, or where an editor places each position.
/// </summary>
public class FuzzRegressionTests
{
    [Fact]
    public void A_config_that_opens_with_a_document_end_marker_is_invalid_yaml()
    {
        // The registry stops with "yaml: did not find expected node content".
        var result = Analyze("""
            ...
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            """);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_tag_made_of_three_exclamation_marks_does_not_hide_anonymous_access()
    {
        // The registry starts and serves /v2/ without credentials.
        var result = Analyze("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            log:
              fields:
                a: !!![x]
            """);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void A_flow_mapping_opened_under_a_block_key_and_left_open_is_invalid_yaml()
    {
        // The registry stops with "yaml: line 9: could not find expected ':'".
        var result = Analyze("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            log:
            { [a]
            b
            """);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.False(result.Verdict.Starts);
    }

    [Theory]
    [InlineData("version: 0.1\nstorage:\n  filesystem: &a\n    rootdirectory: /var/lib/registry\n    <<: *a\n")]
    [InlineData("version: 0.1\nstorage:\n  filesystem: &a\n    inner:\n      <<: *a\n")]
    public void A_mapping_that_merges_itself_or_a_mapping_around_it_is_reported_without_a_stack_overflow(string text)
    {
        // The registry stops on the first with "yaml: unmarshal errors: line 3: cannot unmarshal !!map into string".
        var result = Analyze(text);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_is_reported_inside_its_one_line()
    {
        var result = Analyze("-");

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidValueType);
        Assert.Equal((1, 1, 0), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
        Assert.Equal((1, 2, 1), (finding.Span.End.Line, finding.Span.End.Column, finding.Span.End.Offset));
    }

    [Fact]
    public void A_flow_mapping_left_open_at_the_end_of_the_file_is_reported_on_the_last_line()
    {
        var text = """
            version: 0.1
            storage: {inmemory: {}
            """;

        var result = Analyze(text);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.Equal(2, finding.Span.Start.Line);
        Assert.Equal(2, finding.Span.End.Line);
        Assert.Equal(text.Length, finding.Span.End.Offset);
    }

    [Fact]
    public void A_list_followed_by_an_empty_key_is_reported_with_a_span_that_ends_after_it_starts()
    {
        var result = Analyze("""
            http:
            -
            :
            """);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidValueType);
        Assert.Equal((2, 1, 6), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
        Assert.True(finding.Span.End.Offset >= finding.Span.Start.Offset, $"the span {finding.Span} ends before it starts");
        Assert.True(finding.Span.End.Line >= 2, $"the span {finding.Span} ends before it starts");
    }

    [Fact]
    public void A_template_marker_after_a_lone_carriage_return_is_reported_on_its_own_line()
    {
        var result = Analyze("a: 1\rb: {{ x }}\r");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.Template, finding.RuleId);
        Assert.Equal((2, 4, 8), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
    }

    [Fact]
    public void A_position_after_a_unicode_line_separator_is_on_the_next_line()
    {
        // yaml.v2 ends a line at LS as editors do: the registry read `formatter` after one as a key.
        var result = Analyze("a: 1\u2028b: [\n");

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.Equal((3, 1, 10), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
    }

    [Fact]
    public void The_end_of_a_first_line_after_a_byte_order_mark_is_inside_the_line()
    {
        var result = Analyze("\uFEFF    {");

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.Equal((1, 6, 6), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
    }

    [Fact]
    public void A_tab_error_after_a_lone_carriage_return_is_reported_on_the_tab_s_line()
    {
        var result = Analyze("a: 1\r\r\n\tb: 2\n");

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.Equal((3, 1, 7), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
    }

    [Fact]
    public void A_quoted_scalar_left_open_with_a_bad_escape_is_reported_inside_the_file()
    {
        // The registry stops with "found invalid Unicode character escape code".
        var config = new ConfigInput("config.yml", "\"\\udAdd\\uddE\n");
        var result = RegistryConfigEngine.AnalyzeConfig(config, new AnalysisOptions());

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        FindingInvariants.Check(result, config, Array.Empty<EnvironmentVariable>(), RegistryVersion.V3);
    }

    [Theory]
    [InlineData("...\na")]
    [InlineData("!![")]
    [InlineData("a:\n{ [a]\nb")]
    [InlineData("-")]
    [InlineData("version: 0.1\nstorage: {inmemory: {}")]
    [InlineData("a: 1\rb: {{ x }}\r")]
    [InlineData("\uFEFFversion H0")]
    [InlineData("\nvalidation:\n-\n:")]
    [InlineData("\uFEFFauth:\n  none: debu\u2028:g")]
    [InlineData("a: 1\u0085b: [\n")]
    [InlineData("\uFEFF    {")]
    [InlineData("a: 1\r\r\n\tb: 2\n")]
    [InlineData("\"\\udAdd\\uddE\n")]
    public void Each_input_the_fuzzer_found_breaks_no_promise_beyond_its_known_defect(string text)
    {
        foreach (var version in new[] { RegistryVersion.V2, RegistryVersion.V3 })
        {
            var config = new ConfigInput("found.yml", text);
            var result = RegistryConfigEngine.AnalyzeConfig(config, new AnalysisOptions { Version = version });

            FindingInvariants.Check(result, config, Array.Empty<EnvironmentVariable>(), version);
        }
    }

    private static AnalysisResult Analyze(string text) =>
        RegistryConfigEngine.AnalyzeConfig(new ConfigInput("config.yml", text), new AnalysisOptions { Version = RegistryVersion.V2 });
}
