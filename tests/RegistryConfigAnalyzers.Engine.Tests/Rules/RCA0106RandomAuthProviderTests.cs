namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0106RandomAuthProviderTests
{
    [Fact]
    public void Reports_a_provider_added_next_to_the_file_s_provider()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: r
                service: s
            """).WithEnvironment("""
            [|REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd|]
            REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
            """).Reports(RuleIds.RandomAuthProvider);
    }

    [Fact]
    public void Is_silent_when_the_environment_configures_the_file_s_own_provider()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).WithEnvironment("""
            REGISTRY_AUTH_HTPASSWD_PATH=/run/secrets/htpasswd
            """).DoesNotReport(RuleIds.RandomAuthProvider);
    }

    [Fact]
    public void Is_silent_when_the_environment_replaces_the_whole_auth_section()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: r
                service: s
            """).WithEnvironment("""
            REGISTRY_AUTH=htpasswd
            REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd
            REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
            """).DoesNotReport(RuleIds.RandomAuthProvider);
    }

    [Theory]
    [InlineData("REGISTRY_AUTH_TOKEN=~")]
    [InlineData("REGISTRY_AUTH_TOKEN=")]
    [InlineData("REGISTRY_AUTH_SILLY.REALM=~")]
    public void Reports_a_provider_added_with_no_options(string variable)
    {
        // The override code adds a map entry with a nil value: a second provider all the same.
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: r
                service: s
            """).WithEnvironment($"[|{variable}|]").Reports(RuleIds.RandomAuthProvider);

        Assert.Null(result.Verdict.Starts);
    }
}
