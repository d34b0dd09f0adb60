using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Sections the registry checks while it builds the application, panicking on a bad one.</summary>
internal sealed class RCA0017InvalidSectionRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Storage is { } storage)
        {
            CheckRedirect(c, storage);
            CheckMaintenance(c, storage);
            CheckCache(c, storage);
        }

        CheckHost(c);
        CheckMiddleware(c);
    }

    private static void CheckRedirect(RuleContext c, ConfigMap storage)
    {
        if (storage.Entry("redirect") is not { } entry)
        {
            return;
        }

        var disable = (entry.Value as ConfigMap)?.Scalar("disable");
        if (disable is { IsUnknown: true } || disable?.Type == ScalarType.Bool)
        {
            return;
        }

        c.Fatal(RuleIds.InvalidSection, disable?.Span ?? entry.KeySpan,
            "`storage.redirect` needs `disable: true` or `disable: false`; with anything else the registry panics (\"invalid type for redirect config\")");
    }

    private static void CheckMaintenance(RuleContext c, ConfigMap storage)
    {
        if (storage.Map("maintenance") is not { } maintenance)
        {
            return;
        }

        foreach (var name in new[] { "uploadpurging", "readonly" })
        {
            if (maintenance.Entry(name) is not { } entry)
            {
                continue;
            }

            if (entry.Value is ConfigScalar { IsUnknown: true })
            {
                continue;
            }

            if (entry.Value is not ConfigMap { FromInterface: true } section)
            {
                var why = entry.Value is ConfigMap { Env: { } env }
                    ? $"`{env.Name}` builds `{name}` as a map the registry cannot use; set `REGISTRY_STORAGE_MAINTENANCE_{name.ToUpperInvariant()}` to a YAML mapping such as '{{enabled: true}}' instead"
                    : $"`storage.maintenance.{name}` must be a mapping";
                c.Fatal(RuleIds.InvalidSection, entry.Value?.Span ?? entry.KeySpan,
                    $"{why}; the registry panics (\"{name} config key must contain additional keys\")");
                continue;
            }

            if (name == "readonly")
            {
                if (section.Scalar("enabled") is { IsUnknown: false } enabled && enabled.Type != ScalarType.Bool)
                {
                    c.Fatal(RuleIds.InvalidSection, enabled.Span,
                        $"`storage.maintenance.readonly.enabled` must be true or false, not `{enabled.Text}`; the registry panics at start");
                }

                continue;
            }

            CheckUploadPurging(c, section, entry);
        }
    }

    private static void CheckUploadPurging(RuleContext c, ConfigMap section, ConfigEntry entry)
    {
        var enabled = section.Scalar("enabled");
        if (enabled is { Type: ScalarType.Bool, IsTrue: false } || enabled is { IsUnknown: true })
        {
            return;
        }

        foreach (var (key, kind) in new[] { ("age", ScalarType.String), ("interval", ScalarType.String), ("dryrun", ScalarType.Bool) })
        {
            var value = section.Scalar(key);
            if (value is { IsUnknown: true })
            {
                continue;
            }

            if (value is null || value.Type != kind || (kind == ScalarType.String && !Yaml.YamlScalars.IsGoDuration(value.Text)))
            {
                var expected = kind == ScalarType.Bool ? "true or false" : "a duration string such as 168h";
                var problem = value is null ? "is missing" : $"must be {expected}";
                c.Fatal(RuleIds.InvalidSection, value?.Span ?? entry.KeySpan,
                    $"`storage.maintenance.uploadpurging.{key}` {problem}; unless `enabled: false`, the registry needs age, interval and dryrun and panics without them");
            }
        }
    }

    private static void CheckCache(RuleContext c, ConfigMap storage)
    {
        var cache = storage.Map("cache");
        var descriptor = cache?.Scalar("blobdescriptor") ?? cache?.Scalar("layerinfo");
        if (descriptor is null || descriptor.Text != "redis")
        {
            return;
        }

        var redis = c.Root.Map("redis");
        if (c.Version == RegistryVersion.V2 ? !string.IsNullOrEmpty(redis?.Text("addr")) || redis?.Scalar("addr") is { IsUnknown: true }
            : redis?["addrs"] is ConfigList { Items.Count: > 0 } || redis?["addrs"] is ConfigScalar { IsUnknown: true })
        {
            return;
        }

        if (c.Version == RegistryVersion.V3 && c.Analysis.OtherVersionKeys.TryGetValue("redis.addr", out var addr))
        {
            c.Fatal(RuleIds.KeyOfOtherVersion, addr,
                "Registry 3.x reads `redis.addrs` (a list), not `redis.addr`, so redis counts as not configured and the redis blob cache panics at start");
            return;
        }

        var key = c.Version == RegistryVersion.V2 ? "redis.addr" : "redis.addrs";
        c.Fatal(RuleIds.InvalidSection, descriptor.Span,
            $"The blob descriptor cache is redis but `{key}` is not set; the registry panics (\"redis configuration required\")");
    }

    private static void CheckHost(RuleContext c)
    {
        if (c.Http?.Scalar("host") is not { IsNull: false, IsUnknown: false } host || host.Text.Length == 0)
        {
            return;
        }

        if (host.Text.Any(ch => ch is ' ' or '\t' || char.IsControl(ch)))
        {
            c.Fatal(RuleIds.InvalidSection, host.Span,
                $"`http.host: {host.Text}` is not a URL the registry can parse; it panics at start");
            return;
        }

        if (!Uri.TryCreate(host.Text, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || host.Text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            c.Report(RuleIds.IgnoredValue, host.Span,
                $"`http.host: {host.Text}` has no scheme, so the registry ignores it and builds URLs from request headers; write it as https://{host.Text}");
        }
    }

    private static void CheckMiddleware(RuleContext c)
    {
        if (c.Root.Map("middleware") is not { } middleware)
        {
            return;
        }

        foreach (var kind in middleware.Entries)
        {
            if (kind.Value is not ConfigList list)
            {
                continue;
            }

            foreach (var item in list.Items.OfType<ConfigMap>())
            {
                var name = item.Text("name") ?? string.Empty;
                if (item.Scalar("disabled") is { IsTrue: true } disabled)
                {
                    c.Report(RuleIds.IgnoredValue, disabled.Span,
                        $"`disabled: true` has no effect: the registry never reads it and still loads the `{name}` middleware");
                }

                var known = kind.Key switch
                {
                    "storage" => name is "cloudfront" or "redirect" || (name == "rewrite" && c.Version == RegistryVersion.V3),
                    _ => false,
                };
                if (known || item.Scalar("name") is { IsUnknown: true })
                {
                    continue;
                }

                var span = item.Entry("name")?.Value?.Span ?? item.Span;
                if (kind.Key == "repository")
                {
                    c.Report(RuleIds.InvalidSection, span,
                        $"The registry has no repository middleware `{name}`: it starts, then answers 500 to every repository request");
                }
                else if (kind.Key is "registry" or "storage")
                {
                    c.Fatal(RuleIds.InvalidSection, span,
                        $"The registry has no {kind.Key} middleware `{name}` and panics at start");
                }
            }
        }
    }
}
