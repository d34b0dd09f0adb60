using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>A Service named <c>registry-…</c> whose link variables the registry reads as config.</summary>
internal sealed class RCA0600ServiceLinkVariablesRule : IDeploymentRule
{
    public void Check(DeploymentRuleContext c)
    {
        foreach (var group in c.ServiceLinkFindings.GroupBy(f => f.Span.ToString()))
        {
            var span = group.First().Span;
            var link = c.Environment.First(e => e.Origin == EnvOrigin.ServiceLink && e.Span.ToString() == group.Key);
            var names = c.Environment.Where(e => e.ServiceName == link.ServiceName).Select(e => $"`{e.Name}`").ToList();
            var shown = string.Join(", ", names.Take(3)) + (names.Count > 3 ? ", …" : string.Empty);
            var effects = string.Join("; ", group.Select(f => f.Message));
            c.Report(RuleIds.ServiceLinkVariables, span,
                $"Kubernetes gives {c.Container.Name} the link variables of the Service `{link.ServiceName}` ({shown}), " +
                $"and the registry reads them as config: {effects}. Rename the Service so that its name does not start " +
                "with `registry-`, or set `enableServiceLinks: false` in the pod spec",
                c.Container.ImageSpan);
        }
    }
}
