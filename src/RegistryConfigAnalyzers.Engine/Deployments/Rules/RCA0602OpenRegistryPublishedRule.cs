using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>A registry that serves anyone, reachable from beyond its host or cluster.</summary>
internal sealed class RCA0602OpenRegistryPublishedRule : IDeploymentRule
{
    public void Check(DeploymentRuleContext c)
    {
        var verdict = c.Verdict;
        if (verdict?.Starts != true || (verdict.AnonymousPull != true && verdict.AnyHeaderAccepted != true))
        {
            return;
        }

        var who = verdict.AnonymousPull == true
            ? "anyone without credentials"
            : "anyone who sends a made-up Authorization header";
        var open = c.EngineFindings
            .Where(f => f.RuleId is RuleIds.AnonymousAccess or RuleIds.SillyAuth)
            .Select(f => f.Span)
            .ToArray();
        foreach (var exposure in c.Container.Exposures)
        {
            c.Report(RuleIds.OpenRegistryPublished, exposure.Span,
                $"For {c.Container.Name}, {exposure.Description}, and the registry serves {who}; " +
                $"{exposure.Fix}, or turn on auth",
                open);
        }
    }
}
