using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>Whatever a file holds, the engine answers quickly with a finding at a position, and never throws.</summary>
public sealed class BadInputTests
{
    // A guard against hangs, not a speed target: speed is measured in bench/.
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(60);

    [Fact]
    public void Broken_yaml_is_reported_where_the_parser_stops()
    {
        var result = Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
               [||]oops: misaligned
            """).Reports(RuleIds.InvalidYaml);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_from_the_quote()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: [|"never closed
            |]
            """).Reports(RuleIds.InvalidYaml);
    }

    [Fact]
    public void An_empty_file_has_no_version_and_no_storage_at_its_start()
    {
        var result = Config("{|RCA0011:|}{|RCA0012:|}{|RCA0001:|}").Reports();

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_file_of_comments_only_is_as_empty()
    {
        var result = Config("""
            {|RCA0011:|}# config comes later
            """).Reports();

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_document_that_is_a_list_is_not_a_config()
    {
        var result = Config("""
            - version: 0.1
            """).Analyze();

        var finding = result.Only(RuleIds.InvalidValueType);
        Assert.Equal((1, 1), (finding.Span.Start.Line, finding.Span.Start.Column));
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Binary_junk_is_reported_at_its_first_character_yaml_refuses()
    {
        var random = new Random(7);
        var body = new string(Enumerable.Range(0, 4096).Select(_ => (char)random.Next(0, 256)).ToArray());

        // An image file read as text: U+0089 is a C1 control, which YAML does not allow.
        var result = Config("[||]\u0089PNG\r\n\u001A\n" + body).Reports(RuleIds.InvalidYaml);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_control_character_inside_a_config_is_reported_where_it_is()
    {
        var result = Config("version: 0.1\nstorage:\n  inmemory:\nhttp:\n  secret: a[||]\u0007b\n")
            .Reports(RuleIds.InvalidYaml);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_50_megabyte_file_is_not_read_and_says_so_at_its_start()
    {
        var text = new StringBuilder("version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields:\n");
        for (var i = 0; text.Length < 50 * 1024 * 1024; i++)
        {
            text.Append("    field").Append(i).Append(": some value that takes room\n");
        }

        var result = Timed(() => Config("[||]" + text).Reports(RuleIds.AnalysisLimit));

        Assert.Single(result.Findings);
        Assert.Null(result.Verdict.Starts);
    }

    [Fact]
    public void A_large_config_within_the_size_limit_is_checked_quickly()
    {
        var text = new StringBuilder("version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields:\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("    field").Append(i).Append(": some value that takes room\n");
        }

        var result = Timed(() => Config(text.ToString()).Analyze());

        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void Deep_flow_nesting_is_cut_at_the_depth_limit()
    {
        const int Depth = 10_000;
        var prefix = "version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields:\n    x: ";

        // The root, log and fields mappings are three levels, so the 254th bracket is the 257th level.
        var markup = prefix + new string('[', 253) + "[||]" + new string('[', Depth - 253)
            + new string(']', Depth) + "\n";
        var result = Timed(() => Config(markup).Reports(RuleIds.AnalysisLimit));

        Assert.Null(result.Verdict.Starts);
    }

    [Fact]
    public void Deep_block_nesting_is_cut_at_the_depth_limit()
    {
        var text = new StringBuilder("version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields:\n");
        for (var level = 0; level < 1000; level++)
        {
            text.Append(' ', 4 + (2 * level)).Append("k:\n");
        }

        var result = Timed(() => Config(text.ToString()).Analyze());

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.AnalysisLimit, finding.RuleId);
        Assert.InRange(finding.Span.Start.Line, 6, 1005);
    }

    [Fact]
    public void An_alias_bomb_under_log_fields_is_excessive_aliasing_as_in_yaml_v2()
    {
        var config = "version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields:\n" + AliasBomb("    ");

        var result = Timed(() => Config(config).Analyze());

        var finding = result.Only(RuleIds.InvalidYaml);
        Assert.Contains("excessive aliasing", finding.Message);
        Assert.InRange(finding.Span.Start.Line, 6, 14);
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void An_alias_bomb_under_keys_the_registry_skips_costs_nothing()
    {
        var result = Timed(() => Config("version: 0.1\nstorage:\n  inmemory:\n" + AliasBomb(string.Empty)).Analyze());

        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void A_helm_template_is_only_reported_as_a_template()
    {
        var result = Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              secret: [|{{-|] .Values.secrets.haSharedSecret | quote }}
            auth: {{ toYaml .Values.auth | nindent 2 }}
            """).Reports(RuleIds.Template);

        Assert.Single(result.Findings);
        Assert.Null(result.Verdict.Starts);
    }

    [Fact]
    public void A_jinja_template_is_reported_at_its_first_marker_outside_a_comment()
    {
        var result = Config("""
            # {{ ansible_managed }}
            version: 0.1
            storage:
              filesystem:
                rootdirectory: [|{{|] registry_root }}
            """).Reports(RuleIds.Template);

        Assert.Single(result.Findings);
    }

    [Fact]
    public void A_template_marker_only_in_a_comment_leaves_the_config_judged()
    {
        Config("""
            # {{ ansible_managed }}
            [|version|]: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            """).Reports(RuleIds.AnonymousAccess);
    }

    [Fact]
    public void An_erb_template_is_only_reported_as_a_template()
    {
        var result = Config("""
            version: 0.1
            log:
              level: [|<%|] @log_level %>
            storage: <%= @storage.to_json %>
            """).Reports(RuleIds.Template);

        Assert.Single(result.Findings);
    }

    [Fact]
    public void A_file_that_is_only_null_bytes_is_reported()
    {
        Config("[||]" + new string('\0', 64)).Reports(RuleIds.InvalidYaml);
    }

    /// <summary>Nine levels of nine aliases each: 9^9 nodes once expanded, a few hundred bytes as text.</summary>
    private static string AliasBomb(string indent)
    {
        var text = new StringBuilder();
        text.Append(indent).Append("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 9; level++)
        {
            var name = (char)('a' + level);
            var previous = (char)('a' + level - 1);
            var aliases = string.Join(", ", Enumerable.Repeat("*" + previous, 9));
            text.Append(indent).Append(name).Append(": &").Append(name).Append(" [").Append(aliases).Append("]\n");
        }

        return text.ToString();
    }

    private static AnalysisResult Timed(Func<AnalysisResult> analyze)
    {
        var clock = Stopwatch.StartNew();
        var result = analyze();
        Assert.True(clock.Elapsed < Quick, $"The analysis took {clock.Elapsed.TotalSeconds:F1} s.");
        return result;
    }
}
