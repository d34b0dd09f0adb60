using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>What a rule is called and how serious it is by default. Both hosts read this table.</summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string title, FindingSeverity severity, string category, string description)
    {
        Id = id;
        Title = title;
        DefaultSeverity = severity;
        Category = category;
        Description = description;
    }

    public string Id { get; }

    public string Title { get; }

    public FindingSeverity DefaultSeverity { get; }

    public string Category { get; }

    public string Description { get; }

    public string HelpUri => RuleCatalog.HelpUriBase + Id + ".md";
}

/// <summary>The table of every rule.</summary>
public static class RuleCatalog
{
    public const string HelpUriBase =
        "https://github.com/RegistryConfigAnalyzers/RegistryConfigAnalyzers/blob/main/docs/rules/";

    private const string Security = "Security";
    private const string Startup = "Startup";
    private const string Correctness = "Correctness";
    private const string Analysis = "Analysis";

    private static readonly RuleDescriptor[] Rules =
    {
        new(RuleIds.AnonymousAccess, "The registry serves pulls and pushes without credentials", FindingSeverity.Error, Security,
            "No auth provider is in force, so anyone who reaches the registry can pull, push and list every repository."),
        new(RuleIds.SillyAuth, "The registry uses silly auth", FindingSeverity.Error, Security,
            "Silly auth lets any request with a non-empty Authorization header through; it is a test provider."),
        new(RuleIds.AnonymousDelete, "Anonymous clients can delete", FindingSeverity.Error, Security,
            "Deletes are on and no real auth is in force, so anyone can delete manifests and blobs."),
        new(RuleIds.ProxyCredentialsWithoutAuth, "The pull-through cache lends its upstream credentials to anyone", FindingSeverity.Error, Security,
            "The proxy pulls from its upstream with configured credentials for every client, and no real auth limits the clients."),
        new(RuleIds.InvalidYaml, "The config is not valid YAML", FindingSeverity.Error, Startup,
            "The registry's YAML reader rejects the file, so the registry does not start."),
        new(RuleIds.UnsupportedVersion, "The config version is missing or unsupported", FindingSeverity.Error, Startup,
            "The registry only starts with version 0.1."),
        new(RuleIds.StorageDriverCount, "The config needs exactly one storage driver the registry has", FindingSeverity.Error, Startup,
            "The registry does not start without a storage driver, with more than one, or with a driver it does not include."),
        new(RuleIds.AuthProviderCount, "The config names more than one or an unknown auth provider", FindingSeverity.Error, Startup,
            "The registry does not start with two auth providers or with one it does not know."),
        new(RuleIds.AuthOptionMissing, "An auth provider lacks a required option", FindingSeverity.Error, Startup,
            "Each auth provider needs certain options; without them the registry does not start."),
        new(RuleIds.InvalidValueType, "A value has a type or form the registry rejects", FindingSeverity.Error, Startup,
            "The registry's typed config fields reject this value, so the registry does not start."),
        new(RuleIds.KeyOfOtherVersion, "A setting of the other major version stops this registry", FindingSeverity.Error, Startup,
            "The setting belongs to the other major version of the registry, and this version refuses to start with it."),
        new(RuleIds.InvalidSection, "A section is configured in a way the registry refuses at start", FindingSeverity.Error, Startup,
            "The registry checks this section when it starts and stops with an error."),
        new(RuleIds.InvalidTls, "The TLS settings stop the registry", FindingSeverity.Error, Startup,
            "The registry refuses these TLS settings when it opens its listener."),
        new(RuleIds.UnknownKey, "The registry ignores a key it does not know", FindingSeverity.Warning, Correctness,
            "Keys are case-sensitive and unknown keys are dropped without a message, so the setting has no effect."),
        new(RuleIds.DuplicateKey, "A key appears twice; the registry keeps the last", FindingSeverity.Warning, Correctness,
            "The registry's YAML reader keeps the last of duplicate keys without a message."),
        new(RuleIds.ExtraDocument, "The registry ignores everything after the first YAML document", FindingSeverity.Warning, Correctness,
            "Only the first document of the file is read."),
        new(RuleIds.IgnoredValue, "The registry silently ignores a value", FindingSeverity.Warning, Correctness,
            "The value is accepted but has no effect, or a different effect than it appears to have."),
        new(RuleIds.IgnoredInThisVersion, "The registry of this major version ignores a setting", FindingSeverity.Warning, Correctness,
            "The setting belongs to the other major version of the registry and is ignored here."),
        new(RuleIds.IgnoredEnvironmentVariable, "The registry ignores an environment variable", FindingSeverity.Warning, Correctness,
            "The variable name does not match a config field the way the registry matches names, so it has no effect."),
        new(RuleIds.RandomAuthProvider, "Two auth providers make the registry pick one at random on each start", FindingSeverity.Error, Security,
            "An environment variable adds a second auth provider; the registry then picks one at random each time it starts."),
        new(RuleIds.UnusedSuppression, "A suppression comment matches no finding or is not understood", FindingSeverity.Warning, Analysis,
            "A `# registry-config:` comment names a rule that does not fire where it points, or cannot be read; stale suppressions hide future findings."),
        new(RuleIds.SuppressionWithoutReason, "A suppression comment gives no reason", FindingSeverity.Warning, Analysis,
            "Every suppression should say why the finding does not apply, after `--`, so reviewers can check it."),
        new(RuleIds.BasicAuthWithoutTls, "Passwords are sent without TLS", FindingSeverity.Warning, Security,
            "htpasswd auth takes Basic credentials, and without TLS at the registry they travel in clear unless a proxy in front adds TLS."),
        new(RuleIds.WeakTlsVersion, "TLS below 1.2 is allowed", FindingSeverity.Warning, Security,
            "TLS 1.0 and 1.1 are deprecated and weak."),
        new(RuleIds.WeakCipherSuite, "A weak TLS cipher suite is allowed", FindingSeverity.Warning, Security,
            "RC4, 3DES, CBC and static-RSA suites are weak."),
        new(RuleIds.CleartextTokenRealm, "The token realm uses plain http", FindingSeverity.Warning, Security,
            "Clients send their credentials to the token realm; over http they travel in clear."),
        new(RuleIds.CleartextNotificationEndpoint, "A notification endpoint uses plain http", FindingSeverity.Warning, Security,
            "Events carry repository names, digests, user names and addresses, and any configured headers."),
        new(RuleIds.CleartextProxyUpstream, "The proxy upstream uses plain http", FindingSeverity.Warning, Security,
            "Images and any upstream credentials travel in clear."),
        new(RuleIds.InsecureStorageTransport, "Storage traffic is not protected by verified TLS", FindingSeverity.Warning, Security,
            "The storage driver is set to plain HTTP, skips certificate checks or uses legacy signing."),
        new(RuleIds.SecretInFile, "A secret is written in the config", FindingSeverity.Warning, Security,
            "Secrets belong in the environment or a secret store, not in a file kept in the repository."),
        new(RuleIds.WeakHttpSecret, "http.secret is a placeholder or too short", FindingSeverity.Warning, Security,
            "http.secret signs upload state; a known or short value can be guessed."),
        new(RuleIds.SecretHeaderLogged, "A credential header is written to the registry's log", FindingSeverity.Warning, Security,
            "The registry logs every notification endpoint's headers at start-up, credentials included."),
        new(RuleIds.DebugServerExposed, "The debug server listens beyond loopback", FindingSeverity.Warning, Security,
            "The debug server serves pprof, expvar and metrics without auth."),
        new(RuleIds.DebugServerLeaksRedisPassword, "The debug server publishes the redis password", FindingSeverity.Error, Security,
            "The expvar page of the debug server includes the redis settings, password included."),
        new(RuleIds.PublicBucketAcl, "Stored layers are public in the bucket", FindingSeverity.Warning, Security,
            "A public S3 object ACL lets anyone read (or write) layers in the bucket, past the registry's auth."),
        new(RuleIds.ForeignLayerValidationOpen, "Foreign-layer URL validation is opened", FindingSeverity.Warning, Security,
            "Manifests may point clients at layers on any host."),
        new(RuleIds.PortOnAllInterfaces, "The registry's port is published on every host interface", FindingSeverity.Warning, Security,
            "The container's port is bound on 0.0.0.0 and ::, so every network the host is on reaches the registry. A random host port in a test project is reported as a suggestion only."),
        new(RuleIds.ExternalEndpoint, "The registry is exposed beyond the host without auth", FindingSeverity.Error, Security,
            "The endpoint is marked external, so a publish or deployment makes it reachable from outside, and the registry lets anyone pull and push."),
        new(RuleIds.HardCodedSecret, "A registry secret is written in the source", FindingSeverity.Warning, Security,
            "The value of a REGISTRY_* secret (http.secret, storage or proxy credentials) is a constant in the code; read it from configuration or the environment instead."),
        new(RuleIds.DebugPortPublished, "The registry's debug port is published", FindingSeverity.Warning, Security,
            "The debug server (pprof, expvar, metrics) has no auth; publishing its port lets anyone who reaches the host read it."),
        new(RuleIds.DroppedBuilderResult, "A Testcontainers builder call has no effect", FindingSeverity.Warning, Correctness,
            "Testcontainers builders are immutable: each With* call returns a new builder, so a call whose result is dropped changes nothing."),
        new(RuleIds.ServiceLinkVariables, "A Kubernetes Service's link variables change the registry's config",
            FindingSeverity.Error, Startup,
            "Kubernetes gives every pod the variables of each Service in its namespace; for a Service named `registry-…` " +
            "they start with REGISTRY_, and the registry reads them as config overrides."),
        new(RuleIds.SecretInDeployment, "A registry secret is written in the deployment file", FindingSeverity.Warning,
            Security, "A password, key or http.secret is set as a literal in a compose file, env file or ConfigMap kept in the repository."),
        new(RuleIds.OpenRegistryPublished, "A registry without credentials is published beyond the host",
            FindingSeverity.Warning, Security,
            "The registry serves anyone, and its port is published on every interface of the host or outside the cluster."),
        new(RuleIds.ConfigAtOtherVersionPath, "The config is mounted where this registry version does not read it",
            FindingSeverity.Warning, Correctness,
            "registry:2 reads /etc/docker/registry/config.yml and registry:3 reads /etc/distribution/config.yml; a file mounted " +
            "at the other path is ignored and the image's own config runs."),
        new(RuleIds.ConfigFileMissing, "The registry's config file is not in the container", FindingSeverity.Error, Startup,
            "The command or a mount makes the registry read a config path that holds no file, so it does not start."),
        new(RuleIds.NotFullyJudged, "Part of the deployment is outside the project and is not judged", FindingSeverity.Info,
            Analysis, "A config, env file, ConfigMap, Secret or image the registry uses is not in the project, so what depends on it is not judged."),
        new(RuleIds.ConfigurationPathIgnored, "REGISTRY_CONFIGURATION_PATH is ignored because the command names a config",
            FindingSeverity.Warning, Correctness,
            "The registry reads REGISTRY_CONFIGURATION_PATH only when its command gives no config path, and the image's command gives one."),
        new(RuleIds.AnalysisLimit, "The config could not be checked completely", FindingSeverity.Warning, Analysis,
            "The file is over a limit of the checker (size, depth, aliases or time); what was not read was not judged."),
        new(RuleIds.Template, "The file is a template and is not judged", FindingSeverity.Info, Analysis,
            "Template syntax (Helm, Jinja, ERB) is not rendered; check the rendered config instead."),
    };

    private static readonly Dictionary<string, RuleDescriptor> ById = Rules.ToDictionary(r => r.Id);

    public static IReadOnlyList<RuleDescriptor> All => Rules;

    public static RuleDescriptor Get(string id) => ById[id];

    public static bool Contains(string id) => ById.ContainsKey(id);
}
