namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>
/// What the registry does with the classic traps: each expected verdict is what registry 2.8
/// did with the same config on loopback (start, anonymous pull, a made-up header, deletes).
/// </summary>
public sealed class VerdictTests
{
    [Fact]
    public void A_misspelt_auth_key_leaves_the_registry_open()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auht:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void A_capitalised_auth_key_leaves_the_registry_open()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            Auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void Auth_nested_under_http_leaves_the_registry_open()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              addr: :5000
              auth:
                htpasswd:
                  realm: basic-realm
                  path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void A_provider_at_the_top_level_leaves_the_registry_open()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            htpasswd:
              realm: basic-realm
              path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void A_duplicate_auth_whose_last_copy_is_empty_leaves_the_registry_open()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            auth:
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void Auth_in_a_second_document_leaves_the_registry_open()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            ---
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void Auth_none_leaves_the_registry_open()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth: none
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void Silly_auth_refuses_a_bare_pull_but_takes_any_header()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              silly:
                realm: silly-realm
                service: silly-service
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: false, anyHeader: true, deletes: false);
        Assert.Equal("silly", verdict.AuthProvider);
    }

    [Fact]
    public void Htpasswd_auth_refuses_both()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: true
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: false, anyHeader: false, deletes: true);
    }

    [Fact]
    public void A_config_without_a_version_does_not_start()
    {
        var verdict = Verdict("""
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: false, anonymousPull: null, anyHeader: null, deletes: null);
        Assert.NotNull(verdict.StartFailure);
    }

    [Fact]
    public void Two_auth_providers_do_not_start()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              silly:
                realm: silly-realm
                service: silly-service
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """);

        AssertVerdict(verdict, starts: false, anonymousPull: null, anyHeader: null, deletes: null);
    }

    [Fact]
    public void Two_spellings_of_one_provider_are_two_providers()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              silly:
                realm: silly-realm
                service: silly-service
              Silly:
                realm: silly-realm
            """);

        AssertVerdict(verdict, starts: false, anonymousPull: null, anyHeader: null, deletes: null);
    }

    [Fact]
    public void Token_auth_without_a_root_certificate_bundle_does_not_start_on_2()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              token:
                realm: https://auth.example.com/token
                service: registry.example.com
                issuer: auth.example.com
            """, RegistryVersion.V2);

        AssertVerdict(verdict, starts: false, anonymousPull: null, anyHeader: null, deletes: null);
    }

    [Fact]
    public void Token_auth_without_any_signing_key_does_not_start_on_3()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              token:
                realm: https://auth.example.com/token
                service: registry.example.com
                issuer: auth.example.com
            """, RegistryVersion.V3);

        AssertVerdict(verdict, starts: false, anonymousPull: null, anyHeader: null, deletes: null);
    }

    [Fact]
    public void Deletes_on_without_auth_are_served_to_anyone()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: true
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: true);
    }

    [Fact]
    public void A_quoted_true_leaves_deletes_off()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: "true"
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void A_pull_through_cache_serves_no_deletes()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: true
            proxy:
              remoteurl: https://registry-1.docker.io
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    [Fact]
    public void A_read_only_registry_serves_no_deletes()
    {
        var verdict = Verdict("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: true
            """);

        AssertVerdict(verdict, starts: true, anonymousPull: true, anyHeader: true, deletes: false);
    }

    private static RegistryVerdict Verdict(string config, RegistryVersion version = RegistryVersion.V2) =>
        Config(config).On(version).Analyze().Verdict;

    private static void AssertVerdict(
        RegistryVerdict verdict, bool? starts, bool? anonymousPull, bool? anyHeader, bool? deletes) =>
        Assert.Equal((starts, anonymousPull, anyHeader, deletes),
            (verdict.Starts, verdict.AnonymousPull, verdict.AnyHeaderAccepted, verdict.DeletesEnabled));
}
