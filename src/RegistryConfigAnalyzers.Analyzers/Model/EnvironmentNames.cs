using System;
using System.Linq;

namespace RegistryConfigAnalyzers.Analyzers.Model;

/// <summary>Which <c>REGISTRY_*</c> names are the registry's own settings, and which hold secrets.</summary>
internal static class EnvironmentNames
{
    // The config's top-level sections; a name must continue with one of them to reach a field.
    private static readonly string[] Sections =
    {
        "AUTH", "CATALOG", "COMPATIBILITY", "HEALTH", "HTTP", "LOG", "LOGLEVEL", "MIDDLEWARE", "NOTIFICATIONS",
        "POLICY", "PROXY", "REDIS", "REPORTING", "STORAGE", "VALIDATION",
    };

    private static readonly string[] AuthProviders = { "HTPASSWD", "SILLY", "TOKEN" };

    // Values that let someone in or sign something; a constant here is a secret in the source.
    private static readonly string[] Secrets =
    {
        "REGISTRY_HTTP_SECRET",
        "REGISTRY_PROXY_PASSWORD",
        "REGISTRY_REDIS_PASSWORD",
        "REGISTRY_REDIS_OPTIONS_PASSWORD",
        "REGISTRY_REDIS_OPTIONS_SENTINELPASSWORD",
        "REGISTRY_STORAGE_S3_SECRETKEY",
        "REGISTRY_STORAGE_AZURE_ACCOUNTKEY",
        "REGISTRY_STORAGE_AZURE_CONNECTIONSTRING",
        "REGISTRY_STORAGE_AZURE_CREDENTIALS_SECRET",
        "REGISTRY_STORAGE_SWIFT_PASSWORD",
        "REGISTRY_STORAGE_SWIFT_SECRETKEY",
        "REGISTRY_STORAGE_OSS_ACCESSKEYSECRET",
        "REGISTRY_REPORTING_BUGSNAG_APIKEY",
        "REGISTRY_REPORTING_NEWRELIC_LICENSEKEY",
    };

    /// <summary>
    /// Whether the name reaches a config field. <c>REGISTRY_AUTH_FILE</c> (podman's), <c>REGISTRY_HOST</c>
    /// and the like do not, and must not make a process count as the registry.
    /// </summary>
    public static bool IsRegistrySetting(string name)
    {
        if (!name.StartsWith("REGISTRY_", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = name.Substring("REGISTRY_".Length).Split('_');
        if (!Sections.Contains(parts[0]))
        {
            return false;
        }

        return parts[0] != "AUTH" || parts.Length == 1 || AuthProviders.Contains(parts[1]);
    }

    public static bool IsSecret(string name) =>
        Secrets.Contains(name)
        || (name.StartsWith("REGISTRY_NOTIFICATIONS_ENDPOINTS", StringComparison.Ordinal)
            && name.IndexOf("AUTHORIZATION", StringComparison.OrdinalIgnoreCase) >= 0);
}
