using System;
using System.Linq;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Secrets written into the config file rather than injected at deploy time.</summary>
internal sealed class RCA0300SecretInFileRule : IConfigRule
{
    private static readonly string[][] SecretPaths =
    {
        new[] { "http", "secret" },
        new[] { "redis", "password" },
        new[] { "redis", "sentinelpassword" },
        new[] { "proxy", "password" },
        new[] { "storage", "s3", "accesskey" },
        new[] { "storage", "s3", "secretkey" },
        new[] { "storage", "s3aws", "accesskey" },
        new[] { "storage", "s3aws", "secretkey" },
        new[] { "storage", "azure", "accountkey" },
        new[] { "storage", "azure", "connectionstring" },
        new[] { "storage", "azure", "credentials", "secret" },
        new[] { "storage", "gcs", "credentials", "private_key" },
        new[] { "storage", "swift", "password" },
        new[] { "storage", "swift", "secretkey" },
        new[] { "storage", "oss", "accesskeysecret" },
        new[] { "reporting", "bugsnag", "apikey" },
        new[] { "reporting", "newrelic", "licensekey" },
    };

    internal static readonly Regex Reference = new(@"^\s*(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^>]*>|\{\{.*\}\}|%\(.*\)s?|__[A-Za-z0-9_]+__|@[A-Za-z0-9_]+@)\s*$",
        RegexOptions.CultureInvariant);

    public void Check(RuleContext c)
    {
        foreach (var path in SecretPaths)
        {
            if (Find(c.Root, path) is { } value)
            {
                Flag(c, value, "`" + string.Join(".", path) + "`");
            }
        }

        if (c.Root.Map("log")?["hooks"] is ConfigList hooks)
        {
            foreach (var hook in hooks.Items.OfType<ConfigMap>())
            {
                if (hook.Map("options")?.Map("smtp")?.Scalar("password") is { } password)
                {
                    Flag(c, password, "`log.hooks[].options.smtp.password`");
                }
            }
        }

        foreach (var (headers, where) in HeaderMaps(c))
        {
            foreach (var header in headers.Entries.Where(e => IsCredentialHeader(e.Key)))
            {
                if (header.Value is ConfigList list)
                {
                    foreach (var item in list.Items.OfType<ConfigScalar>())
                    {
                        Flag(c, item, $"{where} header `{header.Key}`");
                    }
                }
            }
        }
    }

    internal static bool IsCredentialHeader(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith("-Token", StringComparison.OrdinalIgnoreCase) ||
        name.IndexOf("api-key", StringComparison.OrdinalIgnoreCase) >= 0 ||
        name.IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0;

    internal static System.Collections.Generic.IEnumerable<(ConfigMap Headers, string Where)> HeaderMaps(RuleContext c)
    {
        if (c.Root.Map("notifications")?["endpoints"] is ConfigList endpoints)
        {
            foreach (var endpoint in endpoints.Items.OfType<ConfigMap>())
            {
                if (endpoint.Map("headers") is { } headers)
                {
                    yield return (headers, $"notification endpoint `{endpoint.Text("name")}`");
                }
            }
        }

        if (c.Root.Map("health")?["http"] is ConfigList checks)
        {
            foreach (var check in checks.Items.OfType<ConfigMap>())
            {
                if (check.Map("headers") is { } headers)
                {
                    yield return (headers, "health check");
                }
            }
        }
    }

    private static void Flag(RuleContext c, ConfigScalar value, string what)
    {
        if (value.IsUnknown || value.IsNull || value.Env is not null || value.Text.Length == 0 || Reference.IsMatch(value.Text))
        {
            return;
        }

        var inject = what.IndexOf(' ') < 0 && what.IndexOf('[') < 0 && what.StartsWith("`", StringComparison.Ordinal)
            ? $"an environment variable such as REGISTRY_{what.Trim('`').Replace(".", "_").ToUpperInvariant()}, or a secret store"
            : "a secret store or an environment override of the whole section";
        c.Report(RuleIds.SecretInFile, value.Span,
            $"{Capitalize(what)} holds a secret written in the file; inject it at deploy time instead ({inject})");
    }

    private static string Capitalize(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s.Substring(1) : s;

    private static ConfigScalar? Find(ConfigMap root, string[] path)
    {
        ConfigMap? map = root;
        for (var i = 0; i < path.Length - 1 && map is not null; i++)
        {
            map = map.Map(path[i]);
        }

        return map?.Scalar(path[path.Length - 1]);
    }
}
