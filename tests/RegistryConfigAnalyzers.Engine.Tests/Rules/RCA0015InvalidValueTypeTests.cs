namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0015InvalidValueTypeTests
{
    [Fact]
    public void Reports_a_log_level_the_registry_does_not_know()
    {
        Config("""
            version: 0.1
            log:
              level: [|trace|]
            storage:
              inmemory:
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_a_quoted_boolean_in_a_typed_field()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              relativeurls: [|"true"|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_a_number_in_a_boolean_field()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            log:
              accesslog:
                disabled: [|1|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_a_header_value_that_is_not_a_list()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              headers:
                X-Content-Type-Options: [nosniff]
                Access-Control-Allow-Credentials: [|true|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_cipher_suites_written_as_one_string()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
                ciphersuites: [|TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_a_list_where_a_single_value_is_expected()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: [|[":5000", ":5001"]|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_a_duration_with_a_day_unit()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              draintimeout: [|1d|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_a_quoted_number_in_an_integer_field()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            catalog:
              maxentries: [|"100"|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_an_unknown_log_formatter()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            log:
              formatter: [|yaml|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_an_unknown_listener_network()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              net: [|udp|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_driver_options_that_are_not_a_mapping()
    {
        Config("""
            version: 0.1
            storage:
              filesystem: [|/var/lib/registry|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Is_silent_on_well_typed_values()
    {
        Config("""
            version: 0.1
            log:
              level: DEBUG
              formatter: json
              accesslog:
                disabled: false
            storage:
              inmemory:
            http:
              addr: 127.0.0.1:5000
              net: tcp
              relativeurls: yes
              draintimeout: 1h30m
              secret: 12345678901234567890123456789012345
              headers:
                X-Content-Type-Options: [nosniff]
            catalog:
              maxentries: 0x100
            """).DoesNotReport(RuleIds.InvalidValueType);
    }
}
