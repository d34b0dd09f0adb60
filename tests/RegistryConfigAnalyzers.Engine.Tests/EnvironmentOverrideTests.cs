namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>
/// <c>REGISTRY_*</c> variables applied the way the registry applies them: sorted, matched against
/// upper-case Go field names, each value read as YAML, an empty value giving the zero value.
/// </summary>
public sealed class EnvironmentOverrideTests
{
    private const string HtpasswdConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          tls:
            certificate: /certs/tls.crt
            key: /certs/tls.key
        auth:
          htpasswd:
            realm: basic-realm
            path: /auth/htpasswd
        """;

    private const string OpenConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
          delete:
            enabled: true
        """;

    [Fact]
    public void An_empty_registry_auth_clears_the_auth_section()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_AUTH=|]
            """).Reports(RuleIds.AnonymousAccess);

        Assert.True(result.Verdict.AnonymousPull);
        Assert.Equal("none", result.Verdict.AuthProvider);
    }

    [Fact]
    public void Registry_auth_none_turns_auth_off()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_AUTH=none|]
            """).Reports(RuleIds.AnonymousAccess);

        Assert.True(result.Verdict.AnonymousPull);
    }

    [Fact]
    public void Htpasswd_from_the_environment_alone_turns_auth_on()
    {
        var result = Config(OpenConfig).WithEnvironment("""
            REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
            REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd
            """).DoesNotReport(RuleIds.AnonymousAccess);

        Assert.Equal("htpasswd", result.Verdict.AuthProvider);
        Assert.False(result.Verdict.AnonymousPull);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnonymousDelete);
    }

    [Fact]
    public void Htpasswd_from_the_environment_is_judged_where_the_variable_is_set()
    {
        Config(OpenConfig).WithEnvironment("""
            [|REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd|]
            REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
            """).Reports(RuleIds.BasicAuthWithoutTls);
    }

    [Fact]
    public void A_lower_case_name_is_ignored_and_auth_stays_on()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|registry_auth=|]
            """).Reports(RuleIds.IgnoredEnvironmentVariable);

        Assert.False(result.Verdict.AnonymousPull);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }

    [Fact]
    public void A_lower_case_segment_is_ignored()
    {
        Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_http_addr=0.0.0.0:5000|]
            """).Reports(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void A_yaml_key_where_the_go_field_name_differs_is_ignored()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_NOTIFICATIONS_EVENTS_INCLUDEREFERENCES=true|]
            """).Reports(RuleIds.IgnoredEnvironmentVariable);

        Assert.Contains("EVENTCONFIG", result.Only(RuleIds.IgnoredEnvironmentVariable).Message);
    }

    [Fact]
    public void The_go_field_name_is_applied()
    {
        Config(HtpasswdConfig).WithEnvironment("""
            REGISTRY_NOTIFICATIONS_EVENTCONFIG_INCLUDEREFERENCES=true
            REGISTRY_HEALTH_STORAGEDRIVER_ENABLED=true
            """).DoesNotReport(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void A_health_check_list_named_by_its_yaml_key_is_ignored()
    {
        Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_HEALTH_HTTP=[{uri: "http://backend/health"}]|]
            """).Reports(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void An_indexed_list_name_is_ignored_on_2_and_the_file_value_stays()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  url: {|RCA0204:http://audit.example.com/events|}
            """).WithEnvironment("""
            {|RCA0105:REGISTRY_NOTIFICATIONS_ENDPOINTS_0_URL=https://audit.example.com/events|}
            """).On(RegistryVersion.V2).Reports();
    }

    [Fact]
    public void An_indexed_list_name_sets_the_element_on_3()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  url: https://audit.example.com/events
            """).WithEnvironment("""
            {|RCA0204:REGISTRY_NOTIFICATIONS_ENDPOINTS_0_URL=http://audit.example.com/events|}
            """).On(RegistryVersion.V3).Reports();
    }

    [Fact]
    public void An_index_past_the_end_of_the_list_stops_3()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            """).WithEnvironment("""
            [|REGISTRY_NOTIFICATIONS_ENDPOINTS_1_URL=https://audit.example.com/events|]
            """).On(RegistryVersion.V3).Reports(RuleIds.InvalidValueType);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_second_auth_provider_from_the_environment_makes_the_start_unknowable()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: r
                service: s
            """).WithEnvironment("""
            [|REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd|]
            REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
            """).Reports(RuleIds.RandomAuthProvider);

        Assert.Null(result.Verdict.Starts);
        Assert.Null(result.Verdict.AnonymousPull);
        Assert.Null(result.Verdict.AnyHeaderAccepted);
    }

    [Fact]
    public void A_second_storage_driver_from_the_environment_stops_the_registry()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_STORAGE_S3_BUCKET=images|]
            REGISTRY_STORAGE_S3_REGION=us-east-1
            """).Reports(RuleIds.StorageDriverCount);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_replaced_storage_section_is_applied_before_its_children_whatever_the_order_given()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            REGISTRY_STORAGE_S3_BUCKET=images
            REGISTRY_STORAGE_S3_REGION=us-east-1
            REGISTRY_STORAGE=s3
            """).DoesNotReport(RuleIds.StorageDriverCount);

        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void An_empty_storage_variable_clears_the_storage_section()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_STORAGE=|]
            """).Reports(RuleIds.StorageDriverCount);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Read_only_through_the_enabled_variable_without_a_yaml_block_stops_the_registry()
    {
        var result = Config(OpenConfig).WithEnvironment("""
            [|REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED=true|]
            """).Reports(RuleIds.InvalidSection);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Read_only_through_the_enabled_variable_over_a_yaml_block_is_ignored_and_deletes_stay_on()
    {
        var result = Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: {|RCA0003:true|}
              maintenance:
                readonly:
                  enabled: false
            """).WithEnvironment("""
            {|RCA0105:REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED=true|}
            """).Reports();

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void Read_only_given_as_a_yaml_mapping_is_applied()
    {
        var result = Config(OpenConfig).WithEnvironment("""
            REGISTRY_STORAGE_MAINTENANCE_READONLY={enabled: true}
            """).DoesNotReport(RuleIds.AnonymousDelete);

        Assert.True(result.Verdict.Starts);
        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void Deletes_turned_on_by_the_environment_are_reported_there()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            """).WithEnvironment("""
            [|REGISTRY_STORAGE_DELETE_ENABLED=true|]
            """).Reports(RuleIds.AnonymousDelete);

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_quoted_true_from_the_environment_leaves_deletes_off()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            """).WithEnvironment("""
            [|REGISTRY_STORAGE_DELETE_ENABLED="true"|]
            """).Reports(RuleIds.IgnoredValue);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_value_of_the_wrong_type_stops_the_registry_and_is_reported_at_the_variable()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_HTTP_DRAINTIMEOUT=abc|]
            """).Reports(RuleIds.InvalidValueType);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Storage_from_the_environment_alone_completes_a_config_without_storage()
    {
        var result = Config("""
            version: 0.1
            http:
              addr: :5000
            """).WithEnvironment("""
            REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY=/data
            """).DoesNotReport(RuleIds.StorageDriverCount);

        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void Upload_purging_switched_off_through_its_enabled_variable_stops_the_registry()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_STORAGE_MAINTENANCE_UPLOADPURGING_ENABLED=false|]
            """).Reports(RuleIds.InvalidSection);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Emptying_the_provider_options_stops_the_registry()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            REGISTRY_AUTH_HTPASSWD=
            """).Analyze();

        Assert.Contains(result.Findings,
            f => f.RuleId == RuleIds.AuthOptionMissing && f.Span.Source == EnvironmentSource);
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_version_variable_does_not_change_a_valid_file_version()
    {
        var result = Config(HtpasswdConfig).WithEnvironment("""
            REGISTRY_VERSION=0.2
            """).DoesNotReport(RuleIds.UnsupportedVersion);

        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void A_version_variable_does_not_supply_a_missing_file_version()
    {
        var result = Config("""
            [|storage|]:
              filesystem:
                rootdirectory: /var/lib/registry
            """).WithEnvironment("""
            REGISTRY_VERSION=0.1
            """).Reports(RuleIds.UnsupportedVersion);

        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void Kubernetes_service_link_variables_are_ignored()
    {
        Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_PORT=tcp://10.96.0.12:5000|]
            [|REGISTRY_SERVICE_HOST=10.96.0.12|]
            """).Reports(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void The_configuration_path_variable_is_not_an_override()
    {
        Config(HtpasswdConfig).WithEnvironment("""
            REGISTRY_CONFIGURATION_PATH=/etc/docker/registry/config.yml
            """).DoesNotReport(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void Redis_variables_without_the_options_segment_are_ignored_on_3_0()
    {
        Config(HtpasswdConfig).WithEnvironment("""
            [|REGISTRY_REDIS_ADDRS=[redis:6379]|]
            """).On(RegistryVersion.V3).Reports(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void An_unknown_auth_value_draws_no_conclusion_about_auth()
    {
        var result = Config(OpenConfig).WithEnvironment("""
            REGISTRY_AUTH
            """).DoesNotReport(RuleIds.AnonymousAccess);

        Assert.Null(result.Verdict.AnonymousPull);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.AnonymousDelete);
    }

    [Fact]
    public void An_unknown_delete_value_draws_no_conclusion_about_deletes()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            """).WithEnvironment("""
            REGISTRY_STORAGE_DELETE_ENABLED
            """).DoesNotReport(RuleIds.AnonymousDelete);

        Assert.Null(result.Verdict.DeletesEnabled);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.IgnoredValue);
    }

    [Fact]
    public void An_unknown_debug_address_is_not_called_exposed()
    {
        Config(HtpasswdConfig).WithEnvironment("""
            REGISTRY_HTTP_DEBUG_ADDR
            """).DoesNotReport(RuleIds.DebugServerExposed);
    }

    [Fact]
    public void An_unknown_htpasswd_path_is_not_called_missing()
    {
        Config(OpenConfig).WithEnvironment("""
            REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
            REGISTRY_AUTH_HTPASSWD_PATH
            """).DoesNotReport(RuleIds.AuthOptionMissing);
    }

    [Fact]
    public void An_unknown_value_elsewhere_keeps_what_is_already_known_to_be_open()
    {
        Config("""
            [|version|]: 0.1
            storage:
              inmemory:
            """).WithEnvironment("""
            REGISTRY_HTTP_SECRET
            """).Reports(RuleIds.AnonymousAccess);
    }
}
