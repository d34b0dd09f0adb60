namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0201WeakTlsVersionTests
{
    [Fact]
    public void Reports_tls_1_0_on_2_at_the_value()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                minimumtls: [|tls1.0|]
            """).On(RegistryVersion.V2).Reports(RuleIds.WeakTlsVersion);
    }

    [Fact]
    public void Reports_tls_1_1_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                minimumtls: [|tls1.1|]
            """).On(RegistryVersion.V2).Reports(RuleIds.WeakTlsVersion);
    }

    [Fact]
    public void Is_silent_on_tls_1_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                minimumtls: tls1.2
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.WeakTlsVersion);
    }

    [Fact]
    public void Is_silent_on_tls_1_0_while_tls_is_off()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                minimumtls: tls1.0
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.WeakTlsVersion);
    }
}
