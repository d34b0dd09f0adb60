using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;
using RegistryConfigAnalyzers.Engine.Schema;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Exactly one storage driver, and one this version of the registry includes.</summary>
internal sealed class RCA0012StorageDriverCountRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        var entry = c.Root.Entry("storage");
        if (entry?.Value is ConfigScalar { IsUnknown: true })
        {
            return;
        }

        if (c.Storage is not { } storage)
        {
            var why = c.Overrides.Cleared.TryGetValue("storage", out var env)
                ? $"`{env.Name}=` clears the storage section"
                : entry is null ? "the config has no storage section" : "the storage section is empty";
            var misplaced = c.Root.Entries.FirstOrDefault(e => ConfigSchema.DriverParameters.ContainsKey(e.Key));
            if (misplaced is not null)
            {
                why += $" (`{misplaced.Key}` at the top level is ignored; it belongs under `storage`)";
            }

            c.Fatal(RuleIds.StorageDriverCount, env is not null ? AnalysisContext.EnvSpan(env) : entry?.KeySpan ?? c.ConfigStart,
                $"The registry does not start: {why} (\"no storage configuration provided\")");
            return;
        }

        var drivers = storage.Entries.Where(e => !ConfigSchema.IsStorageSpecialKey(e.Key, c.Version)).ToList();
        if (drivers.Count == 0 || (drivers.Count == 1 && drivers[0].Key.Length == 0))
        {
            c.Fatal(RuleIds.StorageDriverCount, entry!.KeySpan,
                "The storage section names no driver (filesystem, s3, azure, gcs, inmemory…); the registry stops with \"no storage configuration provided\"");
            return;
        }

        if (drivers.Count > 1)
        {
            // Two drivers in the file already stopped the YAML decode; a second one from the environment panics later.
            var fromEnv = drivers.FirstOrDefault(d => d.Value?.Env is not null) ?? drivers[1];
            if (fromEnv.Value?.Env is { } env)
            {
                c.Fatal(RuleIds.StorageDriverCount, AnalysisContext.EnvSpan(env),
                    $"`{env.Name}` adds a second storage driver ({string.Join(", ", drivers.Select(d => d.Key))}); the registry panics with \"multiple storage drivers specified in configuration or environment\"",
                    drivers.Where(d => d != fromEnv).Select(d => d.KeySpan).ToArray());
            }

            return;
        }

        var driver = drivers[0];
        if (ConfigSchema.DriverExists(driver.Key, c.Version))
        {
            return;
        }

        if (c.Version == RegistryVersion.V3 && driver.Key is "swift" or "oss")
        {
            c.Fatal(RuleIds.KeyOfOtherVersion, driver.KeySpan,
                $"Registry 3.x has no `{driver.Key}` storage driver (it was removed after 2.x); the registry panics at start");
            return;
        }

        if (c.Version == RegistryVersion.V2 && driver.Key == "tag")
        {
            c.Fatal(RuleIds.KeyOfOtherVersion, driver.KeySpan,
                "`storage.tag` belongs to registry 3.x; registry 2.x reads it as a storage driver named `tag` and panics");
            return;
        }

        var near = ConfigSchema.DriverParameters.Keys.FirstOrDefault(k => string.Equals(k, driver.Key, System.StringComparison.OrdinalIgnoreCase));
        var hint = near is not null ? $"; driver names are case-sensitive, did you mean `{near}`?" : string.Empty;
        c.Fatal(RuleIds.StorageDriverCount, driver.KeySpan,
            $"The registry has no storage driver named `{driver.Key}` and panics at start{hint}");
    }
}
