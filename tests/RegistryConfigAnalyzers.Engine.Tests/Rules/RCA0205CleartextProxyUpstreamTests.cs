namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0205CleartextProxyUpstreamTests
{
    [Fact]
    public void Reports_an_http_upstream_at_its_url()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: [|http://mirror.example.com|]
            """).Reports(RuleIds.CleartextProxyUpstream);
    }

    [Fact]
    public void Is_silent_on_an_https_upstream()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
            """).DoesNotReport(RuleIds.CleartextProxyUpstream);
    }
}
