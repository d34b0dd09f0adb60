namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

/// <summary>
/// Each limit of the engine, just at it (the config is judged as usual) and one past it (one
/// RCA0900 where reading stopped, and nothing judged from a half-read file).
/// </summary>
public sealed class RCA0900AnalysisLimitTests
{
    // Fifteen YAML nodes: the root; version, storage and log with their values; inmemory and its
    // null; fields and its mapping; a, x, b and y.
    // No auth, so a judged config always raises RCA0001.
    private const string OpenConfig = """
        version: 0.1
        storage:
          inmemory:
        log:
          fields:
            a: x
            b: y
        """;

    [Fact]
    public void Reports_a_file_over_the_size_limit_at_its_start()
    {
        var text = "version: 0.1\nstorage:\n  inmemory:\n" + new string('#', 200);

        var result = Config("[||]" + text).WithOptions(o => o.MaxCharacters = 100).Reports(RuleIds.AnalysisLimit);

        Assert.Null(result.Verdict.Starts);
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_judged()
    {
        var result = Config(OpenConfig).WithOptions(o => o.MaxCharacters = OpenConfig.Length)
            .DoesNotReport(RuleIds.AnalysisLimit);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }

    [Fact]
    public void A_file_one_character_over_the_size_limit_gets_only_the_limit_finding()
    {
        var result = Config("[||]" + OpenConfig).WithOptions(o => o.MaxCharacters = OpenConfig.Length - 1)
            .Reports(RuleIds.AnalysisLimit);

        var finding = Assert.Single(result.Findings);
        Assert.Equal($"The file has {OpenConfig.Length} characters, over the limit of {OpenConfig.Length - 1}; " +
            "it was not checked", finding.Message);
    }

    [Fact]
    public void Reports_nesting_deeper_than_the_limit_where_it_goes_too_deep()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            log:
              fields:
                a: [[[||][]]]
            """).WithOptions(o => o.MaxDepth = 5).Reports(RuleIds.AnalysisLimit);
    }

    [Fact]
    public void Is_silent_on_a_config_within_every_limit()
    {
        // The root, log, fields, and two lists: five levels, exactly the limit.
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            log:
              fields:
                a: [[]]
            """).WithOptions(o => o.MaxDepth = 5).DoesNotReport(RuleIds.AnalysisLimit);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }

    [Fact]
    public void A_file_of_exactly_the_node_limit_is_judged()
    {
        var result = Config(OpenConfig).WithOptions(o => o.MaxNodes = 15).DoesNotReport(RuleIds.AnalysisLimit);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }

    [Fact]
    public void A_file_one_node_over_the_limit_is_cut_at_that_node()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            log:
              fields:
                a: x
                b: [||]y
            """).WithOptions(o => o.MaxNodes = 14).Reports(RuleIds.AnalysisLimit);

        Assert.Equal("The file has more than 14 YAML nodes; it was not checked", Assert.Single(result.Findings).Message);
        Assert.Null(result.Verdict.Starts);
    }

    // 24 YAML nodes; the alias brings the list and its ten items in again: 33 decoded values.
    private const string AliasedList = """
        version: 0.1
        storage:
          inmemory:
        log:
          fields:
            a: &list [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            b: *list
        """;

    [Fact]
    public void Alias_expansion_exactly_at_the_work_limit_is_judged()
    {
        var result = Config(AliasedList).WithOptions(o => o.MaxNodes = 33).DoesNotReport(RuleIds.AnalysisLimit);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Alias_expansion_one_value_over_the_work_limit_stops_where_the_alias_reached()
    {
        // The text itself is within the limit; expanding *list is what goes over, at its last item.
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            log:
              fields:
                a: &list [1, 2, 3, 4, 5, 6, 7, 8, 9, [|10|]]
                b: *list
            """).WithOptions(o => o.MaxNodes = 32).Reports(RuleIds.AnalysisLimit);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("The config decodes to more than 32 values; the rest was not checked", finding.Message);
        Assert.Null(result.Verdict.Starts);
    }

    [Fact]
    public void Values_exactly_200_levels_deep_are_judged()
    {
        // log and fields are two levels below the root, so 198 brackets make 200.
        var config = Nested(198);

        var result = Config(config).DoesNotReport(RuleIds.AnalysisLimit);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Values_201_levels_deep_are_cut_at_the_201st_level()
    {
        var text = Nested(199);
        var innermost = text.IndexOf("[]", System.StringComparison.Ordinal);
        var markup = text.Insert(innermost + 2, "|]").Insert(innermost, "[|");

        var result = Config(markup).Reports(RuleIds.AnalysisLimit);

        Assert.Equal("Values nested deeper than 200 levels were not checked", Assert.Single(result.Findings).Message);
    }

    private static string Nested(int brackets) =>
        "version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields:\n    x: " +
        new string('[', brackets) + new string(']', brackets) + "\n";
}
