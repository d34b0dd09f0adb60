namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0011UnsupportedVersionTests
{
    [Fact]
    public void Reports_an_unsupported_version_at_its_value()
    {
        Config("""
            version: [|0.2|]
            storage:
              inmemory:
            """).Reports(RuleIds.UnsupportedVersion);
    }

    [Fact]
    public void Reports_a_version_that_only_looks_like_0_1()
    {
        Config("""
            version: [|0.1.0|]
            storage:
              inmemory:
            """).Reports(RuleIds.UnsupportedVersion);
    }

    [Fact]
    public void Reports_a_missing_version_at_the_first_key()
    {
        Config("""
            [|storage|]:
              inmemory:
            """).Reports(RuleIds.UnsupportedVersion);
    }

    [Fact]
    public void Reports_a_capitalised_version_key_which_does_not_count()
    {
        Config("""
            [|Version|]: 0.1
            storage:
              inmemory:
            """).Reports(RuleIds.UnsupportedVersion);
    }

    [Fact]
    public void Reports_an_empty_version_at_the_key()
    {
        Config("""
            [|version|]:
            storage:
              inmemory:
            """).Reports(RuleIds.UnsupportedVersion);
    }

    [Fact]
    public void Is_silent_on_version_0_1()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            """).DoesNotReport(RuleIds.UnsupportedVersion);
    }

    [Fact]
    public void Is_silent_on_a_quoted_0_1()
    {
        Config("""
            version: "0.1"
            storage:
              inmemory:
            """).DoesNotReport(RuleIds.UnsupportedVersion);
    }
}
