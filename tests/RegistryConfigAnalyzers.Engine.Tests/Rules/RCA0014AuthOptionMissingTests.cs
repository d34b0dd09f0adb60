namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0014AuthOptionMissingTests
{
    [Fact]
    public void Reports_htpasswd_without_a_path_at_the_provider()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|htpasswd|]:
                realm: basic-realm
            """).Reports(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Reports_a_numeric_realm_at_its_key()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                [|realm|]: 123
                path: /auth/htpasswd
            """).Reports(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Reports_silly_auth_without_a_service()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|silly|]:
                realm: silly-realm
            """).Reports(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Reports_token_auth_without_a_root_certificate_bundle_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|token|]:
                realm: https://auth.example.com/token
                service: registry.example.com
                issuer: auth.example.com
            """).On(RegistryVersion.V2).Reports(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Is_silent_on_token_auth_with_only_a_jwks_file_on_3()
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
                jwks: /certs/jwks.json
            """).On(RegistryVersion.V3).DoesNotReport(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Reports_a_quoted_autoredirect_at_its_value()
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
                autoredirect: [|"true"|]
            """).Reports(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Is_silent_on_complete_htpasswd_options()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Reports_an_htpasswd_path_that_is_an_empty_string()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: [|""|]
            """).Reports(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Reports_an_empty_root_certificate_bundle_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              token:
                realm: https://auth.example.com/token
                service: registry
                issuer: auth
                rootcertbundle: [|''|]
            """).On(RegistryVersion.V2).Reports(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void Reports_an_htpasswd_path_emptied_by_a_quoted_variable()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).WithEnvironment("REGISTRY_AUTH_HTPASSWD_PATH=\"\"").Analyze();

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AuthOptionMissing);
        Assert.False(result.Verdict.Starts);
    }
}
