namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0103IgnoredValueTests
{
    [Fact]
    public void Reports_a_quoted_true_for_deletes_which_leaves_them_off()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: [|"true"|]
            """).Reports(RuleIds.IgnoredValue);
    }

    [Fact]
    public void Reports_a_number_for_deletes()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: [|1|]
            """).Reports(RuleIds.IgnoredValue);
    }

    [Fact]
    public void Reports_an_integer_duration_read_as_nanoseconds()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  url: https://audit.example.com/events
                  timeout: [|500|]
            """).Reports(RuleIds.IgnoredValue);
    }

    [Fact]
    public void Reports_a_tls_key_without_a_certificate_which_leaves_tls_off()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                [|key|]: /certs/tls.key
            """).Reports(RuleIds.IgnoredValue);
    }

    [Fact]
    public void Reports_a_host_without_a_scheme()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              host: [|registry.example.com|]
            """).Reports(RuleIds.IgnoredValue);
    }

    [Fact]
    public void Reports_a_disabled_switch_on_middleware_that_still_runs()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: redirect
                  disabled: [|true|]
                  options:
                    baseurl: https://cdn.example.com
            """).Reports(RuleIds.IgnoredValue);
    }

    [Fact]
    public void Is_silent_on_values_the_registry_reads()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
            http:
              host: https://registry.example.com
              draintimeout: 30s
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.IgnoredValue);
    }
}
