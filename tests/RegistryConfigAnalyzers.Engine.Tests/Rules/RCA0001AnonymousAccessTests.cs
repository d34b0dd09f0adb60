namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0001AnonymousAccessTests
{
    [Fact]
    public void Reports_a_config_without_auth_at_its_first_key()
    {
        Config("""
            [|version|]: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            """).Reports(RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Reports_an_auth_section_that_is_null()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|auth|]:
            """).Reports(RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Reports_an_auth_section_that_names_no_provider()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|auth|]: {}
            """).Reports(RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Reports_auth_none_given_as_a_bare_string()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|auth|]: none
            """).Reports(RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Reports_a_none_provider_in_any_case()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|auth|]:
              None: {}
            """).Reports(RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Reports_a_pull_through_cache_without_auth_as_open_for_pulls()
    {
        var result = Config("""
            [|version|]: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
            """).Reports(RuleIds.AnonymousAccess);

        Assert.Contains("pulls (through the cache)", result.Only(RuleIds.AnonymousAccess).Message);
    }

    [Fact]
    public void Is_silent_with_htpasswd_auth()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.AnonymousAccess);
    }

    [Fact]
    public void Is_silent_with_token_auth()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              token:
                realm: https://auth.example.com/token
                service: registry.example.com
                issuer: auth.example.com
                rootcertbundle: /certs/bundle.pem
            """).DoesNotReport(RuleIds.AnonymousAccess);
    }
}
