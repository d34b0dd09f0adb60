namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0202WeakCipherSuiteTests
{
    [Fact]
    public void Reports_each_weak_suite_at_its_list_item()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                ciphersuites:
                  - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
                  - [|TLS_RSA_WITH_AES_128_GCM_SHA256|]
                  - [|TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA|]
            """).On(RegistryVersion.V2).Reports(RuleIds.WeakCipherSuite);
    }

    [Fact]
    public void Reports_an_rc4_suite_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                ciphersuites: [[|TLS_ECDHE_RSA_WITH_RC4_128_SHA|]]
            """).On(RegistryVersion.V2).Reports(RuleIds.WeakCipherSuite);
    }

    [Fact]
    public void Is_silent_on_forward_secret_aead_suites()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                ciphersuites:
                  - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
                  - TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
            """).DoesNotReport(RuleIds.WeakCipherSuite);
    }
}
