namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0400DebugServerExposedTests
{
    [Fact]
    public void Reports_a_debug_server_on_every_interface_at_its_address()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: [|:5001|]
            """).Reports(RuleIds.DebugServerExposed);
    }

    [Fact]
    public void Reports_a_debug_server_on_a_chosen_public_address()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: [|10.0.0.5:5001|]
            """).Reports(RuleIds.DebugServerExposed);
    }

    [Fact]
    public void Is_silent_on_a_loopback_debug_server()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: 127.0.0.1:5001
            """).DoesNotReport(RuleIds.DebugServerExposed);
    }

    [Fact]
    public void Is_silent_on_an_ipv6_loopback_debug_server()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: "[::1]:5001"
            """).DoesNotReport(RuleIds.DebugServerExposed);
    }
}
