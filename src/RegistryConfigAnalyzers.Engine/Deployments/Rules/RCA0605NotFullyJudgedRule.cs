namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>Says what the checker could not see, so a missing finding is not read as a clean bill.</summary>
internal sealed class RCA0605NotFullyJudgedRule : IDeploymentRule
{
    public void Check(DeploymentRuleContext c)
    {
        foreach (var blind in c.Container.Blinds)
        {
            c.Report(RuleIds.NotFullyJudged, blind.Span, blind.Message);
        }

        var name = RCA0604ConfigFileMissingRule.Capital(c.Container.Name);
        if (c.Launch.Kind == LaunchKind.Unknown)
        {
            c.Report(RuleIds.NotFullyJudged, c.Container.CommandSpan ?? c.Container.ImageSpan,
                $"{name} runs {c.Launch.Description}, and which config it serves with is not known; it is not judged");
        }

        if (c.ConfigFile is MountedFile.Unknown unknown)
        {
            c.Report(RuleIds.NotFullyJudged, c.ConfigMount?.Span ?? c.Container.ImageSpan,
                $"{name} reads its config {c.Launch.ConfigPath} from {unknown.Reason}; it is not judged, only its environment is checked");
        }
    }
}
