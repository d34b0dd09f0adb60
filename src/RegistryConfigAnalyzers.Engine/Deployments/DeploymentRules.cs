using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>The ids of the rules that only deployment files can break.</summary>
public static class DeploymentRuleIds
{
    public const string ServiceLinkVariables = "RCA0600";
    public const string SecretInDeployment = "RCA0601";
    public const string OpenRegistryPublished = "RCA0602";
    public const string ConfigAtOtherVersionPath = "RCA0603";
    public const string ConfigFileMissing = "RCA0604";
    public const string NotFullyJudged = "RCA0605";
    public const string ConfigurationPathIgnored = "RCA0606";
}

/// <summary>Titles and severities of the deployment rules, in the shape of <see cref="RuleCatalog"/>.</summary>
public static class DeploymentRules
{
    private const string Security = "Security";
    private const string Startup = "Startup";
    private const string Correctness = "Correctness";
    private const string Analysis = "Analysis";

    private static readonly RuleDescriptor[] Rules =
    {
        new(DeploymentRuleIds.ServiceLinkVariables, "A Kubernetes Service's link variables change the registry's config",
            FindingSeverity.Error, Startup,
            "Kubernetes gives every pod the variables of each Service in its namespace; for a Service named `registry-…` " +
            "they start with REGISTRY_, and the registry reads them as config overrides."),
        new(DeploymentRuleIds.SecretInDeployment, "A registry secret is written in the deployment file", FindingSeverity.Warning,
            Security, "A password, key or http.secret is set as a literal in a compose file, env file or ConfigMap kept in the repository."),
        new(DeploymentRuleIds.OpenRegistryPublished, "A registry without credentials is published beyond the host",
            FindingSeverity.Warning, Security,
            "The registry serves anyone, and its port is published on every interface of the host or outside the cluster."),
        new(DeploymentRuleIds.ConfigAtOtherVersionPath, "The config is mounted where this registry version does not read it",
            FindingSeverity.Warning, Correctness,
            "registry:2 reads /etc/docker/registry/config.yml and registry:3 reads /etc/distribution/config.yml; a file mounted " +
            "at the other path is ignored and the image's own config runs."),
        new(DeploymentRuleIds.ConfigFileMissing, "The registry's config file is not in the container", FindingSeverity.Error, Startup,
            "The command or a mount makes the registry read a config path that holds no file, so it does not start."),
        new(DeploymentRuleIds.NotFullyJudged, "Part of the deployment is outside the project and is not judged", FindingSeverity.Info,
            Analysis, "A config, env file, ConfigMap, Secret or image the registry uses is not in the project, so what depends on it is not judged."),
        new(DeploymentRuleIds.ConfigurationPathIgnored, "REGISTRY_CONFIGURATION_PATH is ignored because the command names a config",
            FindingSeverity.Warning, Correctness,
            "The registry reads REGISTRY_CONFIGURATION_PATH only when its command gives no config path, and the image's command gives one."),
    };

    private static readonly Dictionary<string, RuleDescriptor> ById = Rules.ToDictionary(r => r.Id);

    public static IReadOnlyList<RuleDescriptor> All => Rules;

    public static RuleDescriptor Get(string id) => ById.TryGetValue(id, out var rule) ? rule : RuleCatalog.Get(id);

    internal static FindingSeverity Severity(string id) => Get(id).DefaultSeverity;
}
