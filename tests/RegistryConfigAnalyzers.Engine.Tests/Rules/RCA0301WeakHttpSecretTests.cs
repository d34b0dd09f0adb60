namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0301WeakHttpSecretTests
{
    [Fact]
    public void Reports_a_well_known_placeholder()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: [|asecretforlocaldevelopment|]
            """).Reports(RuleIds.WeakHttpSecret);
    }

    [Fact]
    public void Reports_a_short_secret()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: [|s3cr3t-2024|]
            """).Reports(RuleIds.WeakHttpSecret);
    }

    [Fact]
    public void Is_silent_on_a_long_random_secret()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: 6f1c2b9e0d4a47f3b8e5c1d2a9f07e3b6c4d
            """).DoesNotReport(RuleIds.WeakHttpSecret);
    }

    [Fact]
    public void Is_silent_on_a_reference_to_an_environment_variable()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: ${HTTP_SECRET}
            """).DoesNotReport(RuleIds.WeakHttpSecret);
    }

    [Fact]
    public void Is_silent_on_a_placeholder_that_a_deploy_step_substitutes()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: __HTTP_SECRET__
            """).DoesNotReport(RuleIds.WeakHttpSecret);
    }
}
