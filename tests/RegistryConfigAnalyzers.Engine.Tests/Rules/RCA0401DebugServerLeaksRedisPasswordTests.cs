namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0401DebugServerLeaksRedisPasswordTests
{
    [Fact]
    public void Reports_a_debug_server_with_a_redis_password_on_2()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: [|:5001|]
            redis:
              addr: redis:6379
              password: ${REDIS_PASSWORD}
            """).On(RegistryVersion.V2).Reports(RuleIds.DebugServerLeaksRedisPassword);
    }

    [Fact]
    public void Reports_it_even_when_the_debug_server_is_on_loopback()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: [|127.0.0.1:5001|]
            redis:
              addr: redis:6379
              password: ${REDIS_PASSWORD}
            """).On(RegistryVersion.V2).Reports(RuleIds.DebugServerLeaksRedisPassword);
    }

    [Fact]
    public void Is_silent_on_redis_without_a_password()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: 127.0.0.1:5001
            redis:
              addr: redis:6379
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.DebugServerLeaksRedisPassword);
    }

    [Fact]
    public void Is_silent_without_a_debug_server()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            redis:
              addr: redis:6379
              password: ${REDIS_PASSWORD}
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.DebugServerLeaksRedisPassword);
    }
}
