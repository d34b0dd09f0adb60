using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.Engine.Deployments.Rules;

/// <summary>A registry secret set as a literal in a file of the repository.</summary>
internal sealed class RCA0601SecretInDeploymentRule : IDeploymentRule
{
    // The config paths of secrets, as the variables that set them are named.
    private static readonly HashSet<string> SecretVariables = new(new[]
    {
        "HTTP_SECRET", "REDIS_PASSWORD", "REDIS_SENTINELPASSWORD", "REDIS_OPTIONS_PASSWORD", "PROXY_PASSWORD",
        "STORAGE_S3_ACCESSKEY", "STORAGE_S3_SECRETKEY", "STORAGE_S3AWS_ACCESSKEY", "STORAGE_S3AWS_SECRETKEY",
        "STORAGE_AZURE_ACCOUNTKEY", "STORAGE_AZURE_CONNECTIONSTRING", "STORAGE_AZURE_CREDENTIALS_SECRET",
        "STORAGE_SWIFT_PASSWORD", "STORAGE_SWIFT_SECRETKEY", "STORAGE_OSS_ACCESSKEYSECRET",
        "REPORTING_BUGSNAG_APIKEY", "REPORTING_NEWRELIC_LICENSEKEY",
    }.Select(n => "REGISTRY_" + n), StringComparer.Ordinal);

    private static readonly Regex Reference = new(@"^\s*(\$\(\w+\)|\$\{?\w+\}?|<[^>]*>)\s*$",
        RegexOptions.CultureInvariant);

    public void Check(DeploymentRuleContext c)
    {
        foreach (var entry in c.Environment)
        {
            if (!SecretVariables.Contains(entry.Name) || entry.Origin is EnvOrigin.Unknown or EnvOrigin.ServiceLink ||
                string.IsNullOrWhiteSpace(entry.Value) || Reference.IsMatch(entry.Value!))
            {
                continue;
            }

            var (where, instead) = entry.Origin switch
            {
                EnvOrigin.ConfigMap =>
                    ("a ConfigMap, which is not meant for secrets", "a Secret (`secretKeyRef` or `envFrom.secretRef`)"),
                EnvOrigin.EnvFile =>
                    ("an env file of the project", "an env file kept out of the repository, or a secret store"),
                _ when c.Container.Name.StartsWith("service ", StringComparison.Ordinal) =>
                    ("the compose file", $"`${{{entry.Name}}}` from the shell or a `.env` file kept out of the repository, or a secret"),
                _ => ("the manifest", "a Secret (`valueFrom.secretKeyRef`)"),
            };
            c.Report(RuleIds.SecretInDeployment, entry.Span,
                $"`{entry.Name}` of {c.Container.Name} is written as a literal in {where}, so anyone who can read " +
                $"the repository has it; take it from {instead}");
        }
    }
}
