namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0203CleartextTokenRealmTests
{
    [Fact]
    public void Reports_an_http_realm_at_its_value()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              token:
                realm: [|http://auth.example.com/token|]
                service: registry.example.com
                issuer: auth.example.com
                rootcertbundle: /certs/bundle.pem
            """).Reports(RuleIds.CleartextTokenRealm);
    }

    [Fact]
    public void Is_silent_on_an_https_realm()
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
            """).DoesNotReport(RuleIds.CleartextTokenRealm);
    }

    [Fact]
    public void Is_silent_on_an_http_realm_on_loopback()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              token:
                realm: http://localhost:8080/auth/token
                service: registry
                issuer: local
                rootcertbundle: /certs/bundle.pem
            """).DoesNotReport(RuleIds.CleartextTokenRealm);
    }
}
