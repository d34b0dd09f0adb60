namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0016KeyOfOtherVersionTests
{
    [Fact]
    public void Reports_the_3_tag_section_on_2_where_it_counts_as_a_second_driver()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              [|tag|]:
                concurrencylimit: 5
            """).On(RegistryVersion.V2).Reports(RuleIds.KeyOfOtherVersion);
    }

    [Fact]
    public void Reports_the_tag_section_alone_on_2()
    {
        Config("""
            version: 0.1
            storage:
              [|tag|]:
                concurrencylimit: 5
            """).On(RegistryVersion.V2).Reports(RuleIds.KeyOfOtherVersion);
    }

    [Fact]
    public void Reports_the_swift_driver_on_3()
    {
        Config("""
            version: 0.1
            storage:
              [|swift|]:
                username: u
                password: ${SWIFT_PASSWORD}
                authurl: https://keystone.example.com/v3
                container: registry
            """).On(RegistryVersion.V3).Reports(RuleIds.KeyOfOtherVersion);
    }

    [Fact]
    public void Reports_a_2_style_redis_address_with_a_redis_cache_on_3()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              cache:
                blobdescriptor: redis
            redis:
              [|addr|]: redis:6379
            """).On(RegistryVersion.V3).Reports(RuleIds.KeyOfOtherVersion);
    }

    [Fact]
    public void Is_silent_on_the_tag_section_on_3()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              tag:
                concurrencylimit: 5
            """).On(RegistryVersion.V3).DoesNotReport(RuleIds.KeyOfOtherVersion);
    }

    [Fact]
    public void Is_silent_on_the_swift_driver_on_2()
    {
        Config("""
            version: 0.1
            storage:
              swift:
                username: u
                password: ${SWIFT_PASSWORD}
                authurl: https://keystone.example.com/v3
                container: registry
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.KeyOfOtherVersion);
    }
}
