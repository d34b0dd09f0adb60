namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0015ListenAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:99999")]
    [InlineData("127.0.0.1:-1")]
    [InlineData("127.0.0.1")]
    [InlineData("::1:5000")]
    [InlineData("[::1]")]
    [InlineData("127.0.0.1:debug")]
    public void Reports_a_main_address_go_cannot_listen_on(string addr)
    {
        Config($"""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: [|"{addr}"|]
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidValueType);
    }

    [Theory]
    [InlineData("127.0.0.1:99999")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:debug")]
    public void Reports_a_debug_address_go_cannot_listen_on(string addr)
    {
        Config($"""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: 127.0.0.1:5000
              debug:
                addr: [|"{addr}"|]
            """).Reports(RuleIds.InvalidValueType);
    }

    [Theory]
    [InlineData(":5000")]
    [InlineData("0.0.0.0:5000")]
    [InlineData("[::1]:5000")]
    [InlineData("localhost:+5000")]
    [InlineData("127.0.0.1:https")]
    [InlineData(":")]
    [InlineData("")]
    [InlineData("registry.internal:5000")]
    public void Accepts_an_address_go_reads(string addr)
    {
        Config($"""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: "{addr}"
            """).DoesNotReport(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Leaves_a_unix_socket_path_alone()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              net: unix
              addr: /run/registry.sock
            """).DoesNotReport(RuleIds.InvalidValueType);
    }

    [Fact]
    public void Reports_an_address_from_an_environment_variable()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            """).WithEnvironment("REGISTRY_HTTP_DEBUG_ADDR=127.0.0.1:70000").Analyze();

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidValueType);
        Assert.False(result.Verdict.Starts);
    }

    [Theory]
    [InlineData(":5000", "127.0.0.1:5000")]
    [InlineData("127.0.0.1:5000", "localhost:5000")]
    [InlineData("0.0.0.0:5000", "[::1]:5000")]
    [InlineData("[::1]:5000", ":5000")]
    public void Reports_a_debug_server_on_the_registry_s_own_port(string main, string debug)
    {
        Config($"""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: "{main}"
              debug:
                addr: [|"{debug}"|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("127.0.0.1:5000", "127.0.0.1:5001")]
    [InlineData("127.0.0.1:5000", "127.0.0.2:5000")]
    [InlineData("127.0.0.1:0", "127.0.0.1:0")]
    public void Accepts_a_debug_server_on_another_socket(string main, string debug)
    {
        Config($"""
            version: 0.1
            storage:
              inmemory:
            http:
              addr: "{main}"
              debug:
                addr: "{debug}"
            """).DoesNotReport(RuleIds.InvalidSection);
    }

    [Fact]
    public void Does_not_judge_an_address_it_cannot_know()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            """).WithEnvironment("REGISTRY_HTTP_DEBUG_ADDR").Analyze();

        Assert.DoesNotContain(result.Findings, f => f.RuleId is RuleIds.InvalidValueType or RuleIds.InvalidSection);
    }
}
