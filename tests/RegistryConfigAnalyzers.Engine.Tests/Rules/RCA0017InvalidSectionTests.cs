namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0017InvalidSectionTests
{
    [Fact]
    public void Reports_a_redirect_section_without_a_boolean()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              [|redirect|]: {}
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_redirect_disable_that_is_a_string()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              redirect:
                disable: [|"true"|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_read_only_switch_that_is_not_a_boolean()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              maintenance:
                readonly:
                  enabled: [|__READONLY__|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_read_only_section_that_is_not_a_mapping()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              maintenance:
                readonly: [|true|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_upload_purging_without_its_age()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              maintenance:
                [|uploadpurging|]:
                  enabled: true
                  interval: 24h
                  dryrun: false
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_redis_blob_cache_without_a_redis_address_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              cache:
                blobdescriptor: [|redis|]
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_host_the_registry_cannot_parse()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              host: [|"https://registry example.com"|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_storage_middleware_the_registry_does_not_have()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: [|signer|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_repository_middleware_which_fails_every_request()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              repository:
                - name: [|proxy|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Is_silent_on_sections_the_registry_accepts()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              redirect:
                disable: true
              maintenance:
                uploadpurging:
                  enabled: true
                  age: 168h
                  interval: 24h
                  dryrun: false
                readonly:
                  enabled: false
              cache:
                blobdescriptor: redis
            redis:
              addr: redis:6379
            http:
              host: https://registry.example.com
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://d111111abcdef8.cloudfront.net/
                    privatekey: /keys/cf.pem
                    keypairid: KEYPAIRID
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.InvalidSection);
    }

    [Fact]
    public void Is_silent_on_upload_purging_switched_off_alone()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
              maintenance:
                uploadpurging:
                  enabled: false
            """).DoesNotReport(RuleIds.InvalidSection);
    }
}
