namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0010InvalidYamlTests
{
    [Fact]
    public void Reports_a_key_indented_out_of_its_mapping_where_the_parser_stops()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
               [||]bad: indent
            """).Reports(RuleIds.InvalidYaml);
    }

    [Fact]
    public void Reports_an_alias_to_an_anchor_that_does_not_exist()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: [|*nowhere|]
            """).Reports(RuleIds.InvalidYaml);
    }

    [Fact]
    public void Reports_a_merge_key_whose_value_is_a_scalar()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              <<: [|plain|]
            """).Reports(RuleIds.InvalidYaml);
    }

    [Fact]
    public void A_flow_mapping_key_of_exactly_1024_characters_is_read()
    {
        var key = new string('k', 1024);

        Config($"version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields: {{{key}: v}}\n").DoesNotReport(RuleIds.InvalidYaml);
    }

    [Fact]
    public void A_flow_mapping_key_of_1025_characters_stops_the_registry_s_reader_at_the_key()
    {
        // yaml.v2 looks at most 1,024 characters ahead for the colon of an implicit key.
        var key = new string('k', 1025);

        var result = Config($"version: 0.1\nstorage:\n  inmemory:\nlog:\n  fields: {{[||]{key}: v}}\n")
            .Reports(RuleIds.InvalidYaml);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Says_the_registry_does_not_start()
    {
        var result = Config("""
            version: 0.1
            storage: {inmemory: {}
            """).Analyze();

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidYaml && f.Severity == FindingSeverity.Error);
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Is_silent_on_valid_yaml()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: 127.0.0.1:5000
            """).DoesNotReport(RuleIds.InvalidYaml);
    }
}
