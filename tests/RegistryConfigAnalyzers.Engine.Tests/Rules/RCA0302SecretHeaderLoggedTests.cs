namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0302SecretHeaderLoggedTests
{
    [Fact]
    public void Reports_an_authorization_header_of_an_active_endpoint_at_its_key()
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
            """).Reports(RuleIds.SecretHeaderLogged);
    }

    [Fact]
    public void Reports_a_token_header()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: ci
                  url: https://ci.example.com/hook
                  headers:
                    [|X-Gitlab-Token|]: [abc]
            """).Reports(RuleIds.SecretHeaderLogged);
    }

    [Fact]
    public void Is_silent_on_a_disabled_endpoint()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  disabled: true
                  url: https://audit.example.com/events
                  headers:
                    Authorization: ["Bearer ${TOKEN}"]
            """).DoesNotReport(RuleIds.SecretHeaderLogged);
    }

    [Fact]
    public void Is_silent_on_harmless_headers()
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
                    Content-Type: [application/json]
            """).DoesNotReport(RuleIds.SecretHeaderLogged);
    }
}
