namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0104IgnoredInThisVersionTests
{
    [Fact]
    public void Reports_the_2_only_reporting_section_on_3()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|reporting|]:
              bugsnag:
                apikey: ${BUGSNAG_KEY}
            """).On(RegistryVersion.V3).Reports(RuleIds.IgnoredInThisVersion);
    }

    [Fact]
    public void Reports_the_3_only_h2c_switch_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              [|h2c|]:
                enabled: true
            """).On(RegistryVersion.V2).Reports(RuleIds.IgnoredInThisVersion);
    }

    [Fact]
    public void Reports_the_3_only_proxy_ttl_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
              [|ttl|]: 168h
            """).On(RegistryVersion.V2).Reports(RuleIds.IgnoredInThisVersion);
    }

    [Fact]
    public void Is_silent_on_the_same_keys_in_their_own_version()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              h2c:
                enabled: true
            proxy:
              remoteurl: https://registry-1.docker.io
              ttl: 168h
            """).On(RegistryVersion.V3).DoesNotReport(RuleIds.IgnoredInThisVersion);
    }
}
