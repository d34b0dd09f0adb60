namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0111SuppressionWithoutReasonTests
{
    [Fact]
    public void Reports_a_suppression_without_a_reason_and_still_applies_it()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|# registry-config: disable-next-line RCA0200|]
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.SuppressionWithoutReason);

        Assert.Equal(RuleIds.BasicAuthWithoutTls, Assert.Single(result.Suppressed).RuleId);
    }

    [Fact]
    public void Is_silent_on_a_suppression_with_a_reason()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              # registry-config: disable-next-line RCA0200 -- TLS ends at the ingress
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.SuppressionWithoutReason);
    }
}
