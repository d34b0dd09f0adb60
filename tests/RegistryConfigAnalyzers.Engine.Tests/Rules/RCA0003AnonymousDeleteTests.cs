namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0003AnonymousDeleteTests
{
    [Fact]
    public void Reports_deletes_enabled_without_auth_at_the_value()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: [|true|]
            """).Reports(RuleIds.AnonymousDelete);
    }

    [Fact]
    public void Reports_deletes_enabled_with_silly_auth()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: [|yes|]
            auth:
              silly:
                realm: r
                service: s
            """).Reports(RuleIds.AnonymousDelete);

        Assert.Contains("Authorization header", result.Only(RuleIds.AnonymousDelete).Message);
    }

    [Fact]
    public void Is_silent_when_deletes_are_enabled_behind_htpasswd()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.AnonymousDelete);
    }

    [Fact]
    public void Is_silent_when_deletes_are_disabled()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: false
            """).DoesNotReport(RuleIds.AnonymousDelete);
    }

    [Fact]
    public void Is_silent_on_a_read_only_registry()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: true
            """).DoesNotReport(RuleIds.AnonymousDelete);
    }

    [Fact]
    public void Is_silent_on_a_pull_through_cache_which_refuses_deletes()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
            proxy:
              remoteurl: https://registry-1.docker.io
            """).DoesNotReport(RuleIds.AnonymousDelete);
    }
}
