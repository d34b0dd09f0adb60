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

    [Theory]
    [InlineData("!!![x]", true)]
    [InlineData("!!!", true)]
    [InlineData("![x]", true)]
    [InlineData("!!a!b", true)]
    [InlineData("!<a[b]>", true)]
    [InlineData("!<[>", true)]
    [InlineData("!!%C3%A9", true)]
    [InlineData("!%41", true)]
    [InlineData("!<!x>", true)]
    [InlineData("!!!bool", true)]
    [InlineData("!x,", true)]
    [InlineData("!<>", false)]
    [InlineData("!<>x", false)]
    [InlineData("!a!b", false)]
    [InlineData("!%zz", false)]
    [InlineData("!!%FF", false)]
    [InlineData("!<a b>", false)]
    [InlineData("!<é>", false)]
    [InlineData("!!a^b", false)]
    [InlineData("!!a#b", false)]
    [InlineData("!{", false)]
    public void A_malformed_tag_starts_the_registry_exactly_when_yaml_v2_reads_it(string tag, bool starts)
    {
        // What the registry did with each tag on a log field and on storage.delete.enabled: where
        // it started, the tag was one it did not know, so `true` was a string and deletes stayed off.
        var result = Analyze($"""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: {tag} true
            log:
              fields:
                a: {tag}
            """);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.Equal(starts, result.Verdict.Starts);
        Assert.Equal(starts, result.Findings.Any(f => f.RuleId == RuleIds.AnonymousAccess));
        Assert.Equal(starts ? false : null, result.Verdict.DeletesEnabled);
    }

    [Theory]
    [InlineData("log:\n  fields:\n    a: !x,y z\n    b: !x, z\n", true)]
    [InlineData("log: {fields: {a: [!x, 1]}}\n", true)]
    [InlineData("log: {fields: {a: [!x,,, 1, !y, 2]}}\n", true)]
    [InlineData("log: {fields: {a: !x, b: 1}}\n", false)]
    [InlineData("log: {fields: {a: !x,}}\n", false)]
    [InlineData("log: {fields: {a: !x,, b: 1}}\n", false)]
    public void A_comma_after_a_tag_is_part_of_the_tag_as_for_yaml_v2(string log, bool starts)
    {
        var result = Analyze("version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\n" + log);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.Equal(starts, result.Verdict.Starts);
    }

    [Fact]
    public void Sixteen_tags_that_end_in_a_comma_are_read_and_a_seventeenth_is_over_the_limit()
    {
        var config = "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nlog:\n  fields:\n";

        var read = Analyze(config + string.Concat(Enumerable.Range(1, 16).Select(i => $"    a{i}: !x, v\n")));
        var over = Analyze(config + string.Concat(Enumerable.Range(1, 17).Select(i => $"    a{i}: !x, v\n")));

        Assert.True(read.Verdict.Starts);
        Assert.Contains(read.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
        var limit = Assert.Single(over.Findings, f => f.RuleId == RuleIds.AnalysisLimit);
        Assert.Contains("more than 16 tags", limit.Message);
        Assert.Null(over.Verdict.Starts);
    }

    [Fact]
    public void A_tag_rejected_in_a_flow_sequence_keeps_the_positions_after_it()
    {
        var text = "version: 0.1\nstorage: {inmemory: !!![x] {}}\nauth: [\n";

        var result = Analyze(text);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.Equal((4, 1, text.Length), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
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

    [Theory]
    [InlineData("vers: &.1\n:\n")]
    [InlineData("\uFEFFvers\uFFFDon: &.1\r\n:\r\n\r\n")]
    [InlineData("a: &b.c\n  - x\n")]
    public void A_bad_anchor_on_a_block_collection_is_reported_with_a_span_that_ends_after_it_starts(string text)
    {
        // yaml.v2 allows only letters, digits, '-' and '_' in an anchor name.
        var result = Analyze(text);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.True(finding.Span.End.Offset >= finding.Span.Start.Offset, $"the span {finding.Span} ends before it starts");
        FindingInvariants.Check(result, new ConfigInput("config.yml", text), Array.Empty<EnvironmentVariable>(), RegistryVersion.V2);
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

    [Theory]
    [InlineData("\"\\udAdd\\uddE\u2029")]
    [InlineData("a: \"\\ud83d\\ude00\"\n")]
    [InlineData("a: \"\\U0000D800\"\n")]
    [InlineData("a: \"\\U00110000\"\n")]
    [InlineData("vd\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD5l: 7 ltsA\n\"\\Ueedeeeedee\uFFFD")]
    [InlineData("\"\\U0000D800")]
    public void An_escape_of_a_surrogate_or_past_unicode_is_invalid_yaml(string text)
    {
        // yaml.v2 refuses each, a pair too: "found invalid Unicode character escape code".
        var config = new ConfigInput("config.yml", text);
        var result = RegistryConfigEngine.AnalyzeConfig(config, new AnalysisOptions());

        Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        FindingInvariants.Check(result, config, Array.Empty<EnvironmentVariable>(), RegistryVersion.V3);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_tab_error_after_any_two_line_breaks_is_reported_on_the_third_line(string lineBreak)
    {
        var text = $"a: 1{lineBreak}{lineBreak}\tb: 2\n";

        var result = Analyze(text);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.Equal((3, 1, text.IndexOf('\t')), (finding.Span.Start.Line, finding.Span.Start.Column, finding.Span.Start.Offset));
    }

    [Theory]
    [InlineData("    {")]
    [InlineData("a: [")]
    [InlineData("a: \"x")]
    [InlineData("a: 'x")]
    [InlineData("a: \"\\uZZ")]
    [InlineData("\"\\udAdd\\uddE")]
    [InlineData("a:\n  - [b,")]
    [InlineData("&")]
    [InlineData("a: !<>")]
    public void An_error_at_the_end_of_the_file_is_reported_inside_its_last_line(string body)
    {
        // After a line of its own, some of these are no error but a key or an item: their positions count all the same.
        foreach (var prefix in new[] { string.Empty, "\uFEFF", "x: 1\u2028", "x: 1\r" })
        {
            foreach (var end in new[] { string.Empty, "\n", "\r\n", "\u2029" })
            {
                var config = new ConfigInput("config.yml", prefix + body + end);
                var result = RegistryConfigEngine.AnalyzeConfig(config, new AnalysisOptions());

                if (prefix.Length < 2)
                {
                    Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
                }

                FindingInvariants.Check(result, config, Array.Empty<EnvironmentVariable>(), RegistryVersion.V3);
            }
        }
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
    [InlineData("\"\\udAdd\\uddE\u2029")]
    [InlineData("a: !!![x]")]
    [InlineData("!!]\n  htpass realm: r\n    path: /p\n  ")]
    [InlineData("!!]\n h\n- erlth:\t ")]
    [InlineData("!![v[!!veem:\neem:\n[!!\rst")]
    [InlineData("!!v[!!:\neem:\n[!!veem:\neem:\n[!!%st")]
    [InlineData("!!]\tmeueeeeee eeeeiddl]\nmeeeeeoeeedeeeiddleware:\n  eware:\n  ")]
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
