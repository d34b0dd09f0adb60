using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>One judged registry container and what the engine said about it, for the deployment rules.</summary>
internal sealed class DeploymentRuleContext
{
    private readonly List<Finding> _findings;

    public DeploymentRuleContext(RegistryContainer container, IReadOnlyList<EnvEntry> environment, Launch launch,
        Mount? configMount, MountedFile? configFile, RegistryVerdict? verdict, IReadOnlyList<Finding> engineFindings,
        IReadOnlyList<Finding> serviceLinkFindings, List<Finding> findings)
    {
        Container = container;
        Environment = environment;
        Launch = launch;
        ConfigMount = configMount;
        ConfigFile = configFile;
        Verdict = verdict;
        EngineFindings = engineFindings;
        ServiceLinkFindings = serviceLinkFindings;
        _findings = findings;
    }

    public RegistryContainer Container { get; }

    /// <summary>The final environment: one entry per name, the one that wins.</summary>
    public IReadOnlyList<EnvEntry> Environment { get; }

    public Launch Launch { get; }

    /// <summary>The mount that covers the config path, if any.</summary>
    public Mount? ConfigMount { get; }

    /// <summary>What is at the config path; null for the image's own config or when no path is known.</summary>
    public MountedFile? ConfigFile { get; }

    public RegistryVerdict? Verdict { get; }

    /// <summary>The engine's findings, already placed in the deployment's files.</summary>
    public IReadOnlyList<Finding> EngineFindings { get; }

    /// <summary>Engine findings caused by Kubernetes service-link variables (placed at the Service's name).</summary>
    public IReadOnlyList<Finding> ServiceLinkFindings { get; }

    public void Report(string ruleId, SourceSpan span, string message, params SourceSpan[] related) =>
        _findings.Add(new Finding(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, span, related));
}

/// <summary>One rule over a judged registry container.</summary>
internal interface IDeploymentRule
{
    void Check(DeploymentRuleContext context);
}
