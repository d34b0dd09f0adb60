namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0100UnknownKeyTests
{
    [Fact]
    public void Reports_an_unknown_top_level_key()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|registry|]:
              jwt_expiration_time: 5
            """).Reports(RuleIds.UnknownKey);
    }

    [Fact]
    public void Reports_a_key_in_the_wrong_case_with_the_right_spelling()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              [|Addr|]: :5000
            """).Reports(RuleIds.UnknownKey);

        Assert.Contains("did you mean `addr`?", result.Only(RuleIds.UnknownKey).Message);
    }

    [Fact]
    public void Reports_a_misspelt_key_with_the_nearest_key()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              [|adr|]: :5000
            """).Reports(RuleIds.UnknownKey);

        Assert.Contains("did you mean `addr`?", result.Only(RuleIds.UnknownKey).Message);
    }

    [Fact]
    public void Reports_a_key_at_the_wrong_level_with_where_it_belongs()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            [|delete|]:
              enabled: true
            """).Reports(RuleIds.UnknownKey);

        Assert.Contains("under `storage`", result.Only(RuleIds.UnknownKey).Message);
    }

    [Fact]
    public void Reports_an_unknown_key_deep_in_a_typed_section()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
              [|cacheTTL|]: 48h
            """).Reports(RuleIds.UnknownKey);
    }

    [Fact]
    public void Is_silent_on_known_keys_and_on_free_form_maps()
    {
        Config("""
            version: 0.1
            log:
              fields:
                service: registry
                anything-goes: here
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              addr: :5000
              headers:
                X-Whatever: [value]
            """).DoesNotReport(RuleIds.UnknownKey);
    }
}
