using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>REGISTRY_CONFIGURATION_PATH set while the command already names a config file.</summary>
internal sealed class RCA0606ConfigurationPathIgnoredRule : IDeploymentRule
{
    public void Check(DeploymentRuleContext c)
    {
        var variable = c.Environment.LastOrDefault(e => e.Name == "REGISTRY_CONFIGURATION_PATH");
        if (variable?.Value is not { Length: > 0 } value || !c.Launch.PathFromArgument ||
            ContainerPath.Normalize(value) == c.Launch.ConfigPath)
        {
            return;
        }

        c.Report(RuleIds.ConfigurationPathIgnored, variable.Span,
            $"`REGISTRY_CONFIGURATION_PATH={value}` is ignored: {c.Container.Name} runs {c.Launch.Description}, and the " +
            $"registry reads the variable only when `registry serve` gets no path, so it reads {c.Launch.ConfigPath}; " +
            $"mount the config at {c.Launch.ConfigPath}, or set the command to `serve {value}`");
    }
}
