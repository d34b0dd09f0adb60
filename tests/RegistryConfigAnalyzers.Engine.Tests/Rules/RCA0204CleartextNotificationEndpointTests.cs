namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0204CleartextNotificationEndpointTests
{
    [Fact]
    public void Reports_an_http_endpoint_at_its_url()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  url: [|http://audit.example.com/events|]
            """).Reports(RuleIds.CleartextNotificationEndpoint);
    }

    [Fact]
    public void Is_silent_on_a_disabled_http_endpoint()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  disabled: true
                  url: http://audit.example.com/events
            """).DoesNotReport(RuleIds.CleartextNotificationEndpoint);
    }

    [Fact]
    public void Is_silent_on_an_https_endpoint()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  url: https://audit.example.com/events
            """).DoesNotReport(RuleIds.CleartextNotificationEndpoint);
    }
}
