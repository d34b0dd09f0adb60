namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0002SillyAuthTests
{
    [Fact]
    public void Reports_silly_auth_at_the_provider_key()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|silly|]:
                realm: silly-realm
                service: silly-service
            """).Reports(RuleIds.SillyAuth);
    }

    [Fact]
    public void Reports_silly_auth_written_in_flow_style()
    {
        Config("""
            version: 0.1
            storage: {inmemory: {}}
            auth: {[|silly|]: {realm: r, service: s}}
            """).Reports(RuleIds.SillyAuth);
    }

    [Fact]
    public void Is_silent_with_htpasswd_auth()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.SillyAuth);
    }
}
