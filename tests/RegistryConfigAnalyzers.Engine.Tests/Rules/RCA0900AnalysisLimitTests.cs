namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0900AnalysisLimitTests
{
    [Fact]
    public void Reports_a_file_over_the_size_limit_at_its_start()
    {
        var text = "version: 0.1\nstorage:\n  inmemory:\n" + new string('#', 200);

        var result = Config("[||]" + text).WithOptions(o => o.MaxCharacters = 100).Reports(RuleIds.AnalysisLimit);

        Assert.Null(result.Verdict.Starts);
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
        Config("""
            version: 0.1
            storage:
              inmemory:
            log:
              fields:
                a: [[]]
            """).WithOptions(o => o.MaxDepth = 5).DoesNotReport(RuleIds.AnalysisLimit);
    }
}
