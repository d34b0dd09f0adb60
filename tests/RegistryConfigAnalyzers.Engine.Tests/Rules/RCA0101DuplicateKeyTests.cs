namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0101DuplicateKeyTests
{
    [Fact]
    public void Reports_the_later_copy_of_a_repeated_key()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: :5000
              [|addr|]: 127.0.0.1:5000
            """).Reports(RuleIds.DuplicateKey);

        var finding = result.Only(RuleIds.DuplicateKey);
        Assert.Equal(5, Assert.Single(finding.RelatedSpans).Start.Line);
    }

    [Fact]
    public void Reports_a_repeated_key_inside_driver_options()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                secure: false
                [|secure|]: true
            """).Reports(RuleIds.DuplicateKey);
    }

    [Fact]
    public void Reports_a_repeated_section_and_says_it_is_merged()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: :5000
            [|http|]:
              secret: 0123456789abcdef0123456789abcdef
            """).Reports(RuleIds.DuplicateKey);

        Assert.Contains("reads the second into the first", result.Only(RuleIds.DuplicateKey).Message);
    }

    [Fact]
    public void Is_silent_on_the_same_key_in_different_sections()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: :5000
              debug:
                addr: 127.0.0.1:5001
            """).DoesNotReport(RuleIds.DuplicateKey);
    }

    [Fact]
    public void Is_silent_on_keys_that_a_merge_key_brings_in()
    {
        Config("""
            version: 0.1
            x-http: &http
              addr: :5000
            storage:
              inmemory:
            http:
              <<: *http
              addr: 127.0.0.1:5000
            """).DoesNotReport(RuleIds.DuplicateKey);
    }
}
