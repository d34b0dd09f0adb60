namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0013AuthProviderCountTests
{
    [Fact]
    public void Reports_a_second_provider_at_its_key()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: r
                service: s
              [|htpasswd|]:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.AuthProviderCount);
    }

    [Fact]
    public void Reports_a_provider_the_registry_does_not_have()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|htpaswd|]:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.AuthProviderCount);

        Assert.Contains("`htpasswd`", result.Only(RuleIds.AuthProviderCount).Message);
    }

    [Fact]
    public void Is_silent_on_one_known_provider()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.AuthProviderCount);
    }
}
