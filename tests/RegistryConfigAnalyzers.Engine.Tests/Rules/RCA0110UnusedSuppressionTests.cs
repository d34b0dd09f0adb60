using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0110UnusedSuppressionTests
{
    [Fact]
    public void Reports_a_suppression_that_matches_no_finding_at_the_comment()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|# registry-config: disable-next-line RCA0200 -- TLS ends at the ingress|]
            http:
              addr: :5000
            """).Reports(RuleIds.UnusedSuppression);
    }

    [Fact]
    public void Reports_a_suppression_with_an_unknown_verb()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd: [|# registry-config: ignore RCA0200 -- TLS ends at the ingress|]
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.UnusedSuppression);
    }

    [Fact]
    public void Reports_a_suppression_of_an_id_that_is_not_a_rule()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              [|# registry-config: disable-next-line RCA9999 -- no such rule|]
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.UnusedSuppression);
    }

    [Fact]
    public void Is_silent_on_a_suppression_that_hides_a_finding_on_the_next_line()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            auth:
              # registry-config: disable-next-line RCA0200 -- TLS ends at the ingress
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).DoesNotReport(RuleIds.UnusedSuppression);

        var hidden = Assert.Single(result.Suppressed);
        Assert.Equal((RuleIds.BasicAuthWithoutTls, "TLS ends at the ingress"), (hidden.RuleId, hidden.SuppressionReason));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.BasicAuthWithoutTls);
    }

    [Fact]
    public void Is_silent_on_a_suppression_of_its_own_line_and_of_the_whole_file()
    {
        var result = Config("""
            # registry-config: disable-file RCA0001 -- a throwaway registry for the test suite
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: :5001 # registry-config: disable-line RCA0400 -- the pod network is private
            """).DoesNotReport(RuleIds.UnusedSuppression);

        Assert.Equal(new[] { RuleIds.AnonymousAccess, RuleIds.DebugServerExposed },
            result.Suppressed.Select(f => f.RuleId).OrderBy(id => id));
    }

    [Fact]
    public void Names_the_line_of_the_finding_a_line_suppression_missed()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
              delete: # registry-config: disable-line RCA0003 -- a throwaway test registry
                enabled: true
            """).Analyze();

        var unused = result.Only(RuleIds.UnusedSuppression);
        Assert.Contains("on line 4; RCA0003 is reported on line 5", unused.Message);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousDelete);
    }
}
