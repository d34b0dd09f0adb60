using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;
using RegistryConfigAnalyzers.Engine.Schema;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>
/// Options of storage drivers, storage sections and auth providers are untyped maps: the registry
/// reads the keys it knows and drops the rest without a message. Unknown keys in typed sections
/// are found while decoding.
/// </summary>
internal sealed class RCA0100UnknownParameterRule : IConfigRule
{
    private static readonly Dictionary<string, string[]> SectionKeys = new()
    {
        ["delete"] = new[] { "enabled" },
        ["redirect"] = new[] { "disable" },
        ["cache"] = new[] { "blobdescriptor", "layerinfo", "blobdescriptorsize" },
        ["maintenance"] = new[] { "uploadpurging", "readonly" },
        ["tag"] = new[] { "concurrencylimit" },
    };

    public void Check(RuleContext c)
    {
        if (c.Storage is { } storage)
        {
            foreach (var entry in storage.Entries)
            {
                if (entry.Value is not ConfigMap options || options.Env is not null)
                {
                    continue;
                }

                var known = ConfigSchema.IsStorageSpecialKey(entry.Key, c.Version) || (entry.Key == "tag" && c.Version == RegistryVersion.V2)
                    ? SectionKeys.TryGetValue(entry.Key, out var keys) ? keys : null
                    : ConfigSchema.DriverParameters.TryGetValue(entry.Key, out var parameters) ? parameters : null;
                Check(c, options, known, $"storage.{entry.Key}");
                if (entry.Key == "maintenance")
                {
                    Check(c, options.Map("uploadpurging"), new[] { "enabled", "age", "interval", "dryrun" }, "storage.maintenance.uploadpurging");
                    Check(c, options.Map("readonly"), new[] { "enabled" }, "storage.maintenance.readonly");
                }
            }
        }

        if (c.AuthEntry is { Value: ConfigMap authOptions } auth && authOptions.Env is null &&
            ConfigSchema.AuthOptions.TryGetValue(auth.Key, out var authKeys))
        {
            var forVersion = c.Version == RegistryVersion.V2
                ? authKeys.Where(k => k is not ("jwks" or "signingalgorithms" or "autoredirectpath")).ToArray()
                : authKeys;
            Check(c, authOptions, forVersion, $"auth.{auth.Key}");
        }
    }

    private static void Check(RuleContext c, ConfigMap? options, string[]? known, string path)
    {
        if (options is null || known is null || options.Env is not null)
        {
            return;
        }

        foreach (var entry in options.Entries.Where(e => !known.Contains(e.Key) && e.Value?.Env is null))
        {
            var near = known.FirstOrDefault(k => string.Equals(k, entry.Key, System.StringComparison.OrdinalIgnoreCase))
                ?? known.OrderBy(k => KeyHints.Distance(entry.Key.ToLowerInvariant(), k)).FirstOrDefault(k => KeyHints.Distance(entry.Key.ToLowerInvariant(), k) <= 2)
                ?? known.FirstOrDefault(k => entry.Key.Length >= 4 && k.StartsWith(entry.Key.ToLowerInvariant(), System.StringComparison.Ordinal));
            var hint = near is not null ? $"; did you mean `{near}`?" : $"; it reads {string.Join(", ", known)}";
            c.Report(RuleIds.UnknownKey, entry.KeySpan, $"The registry ignores `{path}.{entry.Key}`: it is not an option of `{path}`{hint}");
        }
    }
}
