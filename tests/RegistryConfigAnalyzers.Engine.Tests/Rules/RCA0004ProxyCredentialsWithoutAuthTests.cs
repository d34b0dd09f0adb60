namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0004ProxyCredentialsWithoutAuthTests
{
    [Fact]
    public void Reports_upstream_credentials_on_an_open_cache_at_the_username()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
              [|username|]: mirror-bot
              password: ${PROXY_PASSWORD}
            """).Reports(RuleIds.ProxyCredentialsWithoutAuth);
    }

    [Fact]
    public void Reports_an_upstream_password_alone()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
              [|password|]: hunter2
            """).Reports(RuleIds.ProxyCredentialsWithoutAuth);
    }

    [Fact]
    public void Is_silent_when_clients_must_authenticate()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
              username: mirror-bot
              password: hunter2
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.ProxyCredentialsWithoutAuth);
    }

    [Fact]
    public void Is_silent_on_an_open_cache_without_upstream_credentials()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
            """).DoesNotReport(RuleIds.ProxyCredentialsWithoutAuth);
    }
}
