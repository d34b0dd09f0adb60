namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0200BasicAuthWithoutTlsTests
{
    [Fact]
    public void Reports_htpasswd_without_tls_at_the_provider()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|htpasswd|]:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.BasicAuthWithoutTls);
    }

    [Fact]
    public void Reports_htpasswd_when_only_a_key_is_set_and_tls_stays_off()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                key: /certs/tls.key
            auth:
              [|htpasswd|]:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.BasicAuthWithoutTls);
    }

    [Fact]
    public void Is_silent_when_the_registry_serves_tls()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.BasicAuthWithoutTls);
    }

    [Fact]
    public void Is_silent_on_token_auth_without_tls()
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
            """).DoesNotReport(RuleIds.BasicAuthWithoutTls);
    }
}
