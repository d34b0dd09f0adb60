namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>The config is read as the registry's Go yaml.v2 reads it, not as YAML 1.2 would be.</summary>
public sealed class YamlSemanticsTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("y")]
    [InlineData("True")]
    [InlineData("ON")]
    public void A_yaml_1_1_true_turns_deletes_on(string spelling)
    {
        var result = Config($$"""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: [|{{spelling}}|]
            """).Reports(RuleIds.AnonymousDelete);

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("off")]
    [InlineData("n")]
    [InlineData("FALSE")]
    public void A_yaml_1_1_false_leaves_deletes_off_without_a_warning(string spelling)
    {
        var result = Config($$"""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: {{spelling}}
            """).DoesNotReport(RuleIds.IgnoredValue);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("'yes'")]
    public void A_quoted_true_is_a_string_and_leaves_deletes_off(string quoted)
    {
        var result = Config($$"""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: [|{{quoted}}|]
            """).Reports(RuleIds.IgnoredValue);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_yaml_1_1_boolean_is_accepted_by_a_typed_boolean_field()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              relativeurls: on
              http2:
                disabled: No
            """).DoesNotReport(RuleIds.InvalidValueType);
    }

    [Fact]
    public void An_alias_brings_in_the_anchored_auth_section()
    {
        var result = Config("""
            version: 0.1
            x-auth: &auth
              [|htpasswd|]:
                realm: basic-realm
                path: /auth/htpasswd
            storage:
              inmemory:
            auth: *auth
            """).Reports(RuleIds.BasicAuthWithoutTls);

        Assert.Equal("htpasswd", result.Verdict.AuthProvider);
        Assert.False(result.Verdict.AnonymousPull);
    }

    [Fact]
    public void A_merge_key_brings_in_the_keys_of_the_anchored_mapping()
    {
        var result = Config("""
            version: 0.1
            x-delete: &delete-on
              enabled: [|true|]
            storage:
              inmemory:
              delete:
                <<: *delete-on
            """).Reports(RuleIds.AnonymousDelete);

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_merged_list_of_mappings_lets_the_earlier_mapping_win()
    {
        var result = Config("""
            version: 0.1
            x-on: &on
              enabled: [|true|]
            x-off: &off
              enabled: false
            storage:
              inmemory:
              delete:
                <<: [*on, *off]
            """).Reports(RuleIds.AnonymousDelete);

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_merged_list_of_mappings_lets_the_earlier_mapping_win_when_it_says_off()
    {
        var result = Config("""
            version: 0.1
            x-on: &on
              enabled: true
            x-off: &off
              enabled: false
            storage:
              inmemory:
              delete:
                <<: [*off, *on]
            """).DoesNotReport(RuleIds.AnonymousDelete);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_merge_placed_after_an_explicit_key_overrides_it_in_a_map()
    {
        var result = Config("""
            version: 0.1
            x-on: &on
              enabled: [|true|]
            storage:
              inmemory:
              delete:
                enabled: false
                <<: *on
            """).Reports(RuleIds.AnonymousDelete);

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_merge_placed_after_an_explicit_key_overrides_it_in_a_struct()
    {
        Config("""
            version: 0.1
            x-debug: &debug
              addr: [|0.0.0.0:5001|]
            storage:
              inmemory:
            http:
              debug:
                addr: 127.0.0.1:5001
                <<: *debug
            """).Reports(RuleIds.DebugServerExposed);
    }

    [Fact]
    public void An_explicit_key_after_a_merge_overrides_the_merged_value()
    {
        Config("""
            version: 0.1
            x-debug: &debug
              addr: 0.0.0.0:5001
            storage:
              inmemory:
            http:
              debug:
                <<: *debug
                addr: 127.0.0.1:5001
            """).DoesNotReport(RuleIds.DebugServerExposed);
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var result = Config("""
            version: 0.1
            x-on: &on
              enabled: true
            storage:
              inmemory:
              delete:
                "<<": *on
            """).DoesNotReport(RuleIds.AnonymousDelete);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_repeated_map_key_keeps_the_last_value()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
                enabled: false
            """).DoesNotReport(RuleIds.AnonymousDelete);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_repeated_storage_section_replaces_the_first()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
            storage:
              inmemory:
            """).DoesNotReport(RuleIds.AnonymousDelete);

        Assert.False(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_repeated_struct_section_is_read_into_the_first()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: [|:5001|]
            http:
              addr: 127.0.0.1:5000
            """).Reports(RuleIds.DebugServerExposed);
    }

    [Fact]
    public void A_repeated_header_map_keeps_the_headers_of_both_copies()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  url: https://audit.example.com/events
                  headers:
                    [|Authorization|]: ["Bearer ${TOKEN}"]
                  headers:
                    Content-Type: [application/json]
            """).Reports(RuleIds.SecretHeaderLogged);
    }

    [Fact]
    public void Only_the_first_document_is_read()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            ---
            {|RCA0001:auth|}:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports();

        Assert.True(result.Verdict.AnonymousPull);
    }

    [Fact]
    public void A_broken_later_document_does_not_stop_the_registry()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            ---
            broken: [unclosed
            """).DoesNotReport(RuleIds.InvalidYaml);

        Assert.True(result.Verdict.Starts);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_not_counted_as_a_column()
    {
        Config("\uFEFF" + """
            version: [|0.2|]
            storage:
              inmemory:
            """).Reports(RuleIds.UnsupportedVersion);
    }

    [Fact]
    public void Crlf_line_ends_keep_positions_right()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: [|true|]
            http:
              debug:
                addr: {|RCA0400::5001|}
            """.ReplaceLineEndings("\r\n")).Reports(RuleIds.AnonymousDelete);
    }

    [Fact]
    public void A_byte_order_mark_with_crlf_line_ends_keeps_positions_right()
    {
        Config("\uFEFF" + """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: [|yes|]
            """.ReplaceLineEndings("\r\n")).Reports(RuleIds.AnonymousDelete);
    }

    [Fact]
    public void Lone_cr_line_ends_are_line_breaks()
    {
        var result = Config("version: 0.1\rstorage:\r  inmemory:\r  delete:\r    enabled: [|true|]\r")
            .Reports(RuleIds.AnonymousDelete);

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_tab_in_indentation_is_a_syntax_error_at_the_tab()
    {
        Config("version: 0.1\nstorage:\n[|\t|]inmemory:\n").Reports(RuleIds.InvalidYaml);
    }

    [Fact]
    public void A_tab_in_indentation_stops_the_registry()
    {
        var result = Config("version: 0.1\nstorage:\n\tinmemory:\n").Analyze();

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidYaml);
        Assert.False(result.Verdict.Starts);
    }

    [Fact]
    public void A_tab_after_a_colon_is_only_a_separator()
    {
        var result = Config("version: 0.1\nstorage:\n  inmemory:\n  delete:\n    enabled:\ttrue\n")
            .DoesNotReport(RuleIds.InvalidYaml);

        Assert.True(result.Verdict.DeletesEnabled);
    }

    [Fact]
    public void A_config_in_flow_style_is_read_with_positions_on_its_one_line()
    {
        var result = Config("""
            {version: 0.1, storage: {inmemory: {}, delete: {enabled: {|RCA0003:yes|}}}, auth: {{|RCA0002:silly|}: {realm: r, service: s}}}
            """).Reports();

        Assert.Equal("silly", result.Verdict.AuthProvider);
    }

    [Fact]
    public void Quoted_keys_are_the_same_keys()
    {
        var result = Config("""
            "version": "0.1"
            'storage':
              "inmemory":
            "auth":
              {|RCA0200:'htpasswd'|}: {"realm": basic-realm, 'path': /auth/htpasswd}
            """).Reports();

        Assert.False(result.Verdict.AnonymousPull);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void A_null_auth_section_means_no_auth(string nothing)
    {
        var result = Config($$"""
            version: 0.1
            storage:
              inmemory:
            [|auth|]: {{nothing}}
            """).Reports(RuleIds.AnonymousAccess);

        Assert.True(result.Verdict.AnonymousPull);
    }

    [Fact]
    public void Keys_are_case_sensitive()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            {|RCA0001:{|RCA0100:Auth|}|}:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports();

        Assert.True(result.Verdict.AnonymousPull);
    }
}
