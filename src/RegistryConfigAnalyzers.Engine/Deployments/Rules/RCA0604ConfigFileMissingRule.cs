namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>The registry is told to read a config path that holds no file.</summary>
internal sealed class RCA0604ConfigFileMissingRule : IDeploymentRule
{
    public void Check(DeploymentRuleContext c)
    {
        var at = c.Container.CommandSpan ?? c.Container.ImageSpan;
        if (c.Launch.Kind == LaunchKind.NoPath)
        {
            c.Report(RuleIds.ConfigFileMissing, at,
                $"{Capital(c.Container.Name)} runs {c.Launch.Description} with no config path and no REGISTRY_CONFIGURATION_PATH; " +
                "the registry stops with \"configuration path unspecified\"");
            return;
        }

        if (c.ConfigFile is not MountedFile.Missing missing)
        {
            return;
        }

        var path = c.Launch.ConfigPath;
        c.Report(RuleIds.ConfigFileMissing, c.ConfigMount?.Span ?? at,
            $"{Capital(c.Container.Name)} makes the registry read {path}, but {missing.Reason}; the registry stops with " +
            $"\"open {path}: no such file or directory\"",
            c.ConfigMount is null ? System.Array.Empty<SourceSpan>() : new[] { at });
    }

    internal static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
}
