namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0018InvalidTlsTests
{
    [Fact]
    public void Reports_a_minimum_tls_version_in_the_wrong_case()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                minimumtls: [|TLS1.2|]
            """).Reports(RuleIds.InvalidTls);
    }

    [Fact]
    public void Reports_tls_1_0_on_3_which_refuses_it()
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
            """).On(RegistryVersion.V3).Reports(RuleIds.InvalidTls);
    }

    [Fact]
    public void Reports_a_certificate_without_a_key()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                [|certificate|]: /certs/tls.crt
            """).Reports(RuleIds.InvalidTls);
    }

    [Fact]
    public void Reports_a_certificate_together_with_lets_encrypt()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                [|letsencrypt|]:
                  cachefile: /le/cache
                  email: admin@example.com
            """).Reports(RuleIds.InvalidTls);
    }

    [Fact]
    public void Reports_a_cipher_suite_the_registry_does_not_know()
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
                  - [|ECDHE-RSA-AES128-GCM-SHA256|]
            """).Reports(RuleIds.InvalidTls);
    }

    [Fact]
    public void Reports_an_rc4_suite_on_3_which_dropped_it()
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
            """).On(RegistryVersion.V3).Reports(RuleIds.InvalidTls);
    }

    [Fact]
    public void Is_silent_on_a_bad_minimum_while_tls_is_off()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                minimumtls: TLS1.2
            """).DoesNotReport(RuleIds.InvalidTls);
    }

    [Fact]
    public void Is_silent_on_sound_tls_settings()
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
                ciphersuites:
                  - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
                  - TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
            """).DoesNotReport(RuleIds.InvalidTls);
    }

    [Fact]
    public void Reports_an_empty_client_ca_file()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                clientcas:
                  - /certs/ca.pem
                  - [|""|]
            """).Reports(RuleIds.InvalidTls);
    }
}
