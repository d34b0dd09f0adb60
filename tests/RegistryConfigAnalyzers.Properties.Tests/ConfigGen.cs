using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Properties.Tests;

/// <summary>A generated YAML tree, rendered in block or flow style.</summary>
public abstract record YNode;

public sealed record YScalar(string Text) : YNode;

public sealed record YMap(IReadOnlyList<(string Key, YNode Value)> Entries) : YNode;

public sealed record YSeq(IReadOnlyList<YNode> Items) : YNode;

/// <summary>
/// Generators of registry configs: trees that follow the registry's keys closely enough to
/// reach the rules, with wrong types, nulls and unknown keys mixed in; broken texts made from
/// them; and environments of <c>REGISTRY_*</c> variables.
/// </summary>
public static class ConfigGen
{
    // The keys the generator tries at each path; "[]" stands for an element of a list.
    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        [""] = new[]
        {
            "version", "log", "loglevel", "storage", "auth", "http", "notifications", "redis", "proxy",
            "validation", "middleware", "health", "catalog", "compatibility", "policy", "reporting",
        },
        ["log"] = new[] { "level", "formatter", "accesslog", "fields", "reportcaller" },
        ["log.accesslog"] = new[] { "disabled" },
        ["storage"] = new[] { "filesystem", "inmemory", "s3", "azure", "gcs", "swift", "oss", "delete", "maintenance", "cache", "redirect", "tag" },
        ["storage.filesystem"] = new[] { "rootdirectory", "maxthreads" },
        ["storage.s3"] = new[] { "region", "bucket", "secure", "skipverify", "accesskey", "secretkey", "objectacl", "regionendpoint", "v4auth" },
        ["storage.azure"] = new[] { "accountname", "accountkey", "container", "realm" },
        ["storage.delete"] = new[] { "enabled" },
        ["storage.maintenance"] = new[] { "uploadpurging", "readonly" },
        ["storage.maintenance.readonly"] = new[] { "enabled" },
        ["storage.cache"] = new[] { "blobdescriptor" },
        ["storage.redirect"] = new[] { "disable" },
        ["auth"] = new[] { "htpasswd", "silly", "token", "none" },
        ["auth.htpasswd"] = new[] { "realm", "path" },
        ["auth.silly"] = new[] { "realm", "service" },
        ["auth.token"] = new[] { "realm", "service", "issuer", "rootcertbundle", "autoredirect" },
        ["http"] = new[] { "addr", "net", "host", "prefix", "secret", "relativeurls", "draintimeout", "tls", "headers", "debug", "http2" },
        ["http.tls"] = new[] { "certificate", "key", "minimumtls", "ciphersuites", "clientcas", "letsencrypt" },
        ["http.tls.letsencrypt"] = new[] { "cachefile", "email", "hosts" },
        ["http.debug"] = new[] { "addr", "prometheus" },
        ["http.debug.prometheus"] = new[] { "enabled", "path" },
        ["http.headers"] = new[] { "X-Content-Type-Options", "Authorization" },
        ["http.http2"] = new[] { "disabled" },
        ["notifications"] = new[] { "endpoints", "events" },
        ["notifications.endpoints[]"] = new[] { "name", "url", "headers", "timeout", "threshold", "backoff", "disabled" },
        ["notifications.endpoints[].headers"] = new[] { "Authorization", "X-Token" },
        ["redis"] = new[] { "addr", "addrs", "password", "db", "dialtimeout", "tls" },
        ["proxy"] = new[] { "remoteurl", "username", "password", "ttl" },
        ["validation"] = new[] { "enabled", "disabled", "manifests" },
        ["validation.manifests"] = new[] { "urls" },
        ["validation.manifests.urls"] = new[] { "allow", "deny" },
        ["middleware"] = new[] { "registry", "repository", "storage" },
        ["middleware.registry[]"] = new[] { "name", "disabled", "options" },
        ["middleware.storage[]"] = new[] { "name", "disabled", "options" },
        ["health"] = new[] { "storagedriver" },
        ["health.storagedriver"] = new[] { "enabled", "interval", "threshold" },
        ["catalog"] = new[] { "maxentries" },
    };

    private static readonly HashSet<string> Lists = new(StringComparer.Ordinal)
    {
        "notifications.endpoints", "middleware.registry", "middleware.storage", "middleware.repository",
        "http.tls.ciphersuites", "http.tls.clientcas", "redis.addrs", "validation.manifests.urls.allow",
        "http.headers.X-Content-Type-Options", "notifications.endpoints[].headers.Authorization",
    };

    private static readonly string[] Values =
    {
        "0.1", "\"0.1\"", "0.2", "1", "~", "null", "", "true", "false", "yes", "\"true\"", "0", "-1", "5", "42",
        "10s", "1h30m", "1d", "500ms", ":5000", "0.0.0.0:5001", "127.0.0.1:5001", "localhost:5001", "tcp", "unix",
        "/var/lib/registry", "/auth/htpasswd", "/certs/tls.crt", "http://hooks.example.test", "https://auth.example.test/token",
        "http://upstream.example.test", "changeme", "secret", "9f3c1a7e5b2d4f60a8c7e1b3d5f7092a", "debug", "info", "trace",
        "json", "text", "tls1.0", "tls1.2", "tls1.3", "TLS_RSA_WITH_RC4_128_SHA", "TLS_AES_128_GCM_SHA256",
        "public-read", "private", "inmemory", "redis", "none", "htpasswd", "silly", "Bearer abc", "Basic dXNlcjpwYXNz",
        "'single quoted'", "\"double \\\" quoted\"", "x: y", "- item", "#hash", "&anchor", "*alias", "!!str 5",
        "é ü 中文", "\t", "value with spaces",
    };

    private static readonly string[] UnknownKeys =
    {
        "Version", "storage ", "Auth", "htpasswd", "x-extra", "tls", "addr", "REGISTRY", "<<", "''", "\"quoted key\"",
        "authentication", "secret",
    };

    public static readonly Gen<string> Value = Gen.OneOf(Values);

    /// <summary>A config tree that follows the registry's keys, with noise mixed in.</summary>
    // Values that fit a key, so that most generated configs get past the type checks to the rules.
    private static readonly Dictionary<string, string[]> Fitting = new(StringComparer.Ordinal)
    {
        ["version"] = new[] { "0.1", "\"0.1\"" },
        ["log.level"] = new[] { "debug", "info", "warn", "error" },
        ["log.formatter"] = new[] { "text", "json" },
        ["storage.filesystem.rootdirectory"] = new[] { "/var/lib/registry" },
        ["storage.delete.enabled"] = new[] { "true", "false" },
        ["storage.s3.region"] = new[] { "eu-west-1" },
        ["storage.s3.bucket"] = new[] { "images" },
        ["storage.s3.secure"] = new[] { "true", "false" },
        ["storage.s3.objectacl"] = new[] { "private", "public-read" },
        ["storage.maintenance.readonly.enabled"] = new[] { "true", "false" },
        ["auth.htpasswd.realm"] = new[] { "Registry Realm" },
        ["auth.htpasswd.path"] = new[] { "/auth/htpasswd" },
        ["auth.silly.realm"] = new[] { "silly" },
        ["auth.silly.service"] = new[] { "silly" },
        ["auth.token.realm"] = new[] { "https://auth.example.test/token", "http://auth.example.test/token" },
        ["auth.token.service"] = new[] { "registry" },
        ["auth.token.issuer"] = new[] { "issuer" },
        ["auth.token.rootcertbundle"] = new[] { "/certs/bundle.pem" },
        ["http.addr"] = new[] { ":5000", "0.0.0.0:5000", "127.0.0.1:5000" },
        ["http.secret"] = new[] { "changeme", "9f3c1a7e5b2d4f60a8c7e1b3d5f7092a" },
        ["http.tls.certificate"] = new[] { "/certs/tls.crt" },
        ["http.tls.key"] = new[] { "/certs/tls.key" },
        ["http.tls.minimumtls"] = new[] { "tls1.0", "tls1.2", "tls1.3" },
        ["http.debug.addr"] = new[] { ":5001", "127.0.0.1:5001", "localhost:5001" },
        ["http.debug.prometheus.enabled"] = new[] { "true", "false" },
        ["notifications.endpoints[].name"] = new[] { "audit" },
        ["notifications.endpoints[].url"] = new[] { "http://hooks.example.test", "https://hooks.example.test" },
        ["notifications.endpoints[].timeout"] = new[] { "500ms", "1s" },
        ["redis.addr"] = new[] { "redis:6379" },
        ["redis.password"] = new[] { "hunter2" },
        ["proxy.remoteurl"] = new[] { "http://upstream.example.test", "https://upstream.example.test" },
        ["proxy.username"] = new[] { "puller" },
        ["proxy.password"] = new[] { "s3cret" },
        ["validation.disabled"] = new[] { "true", "false" },
        ["validation.enabled"] = new[] { "true", "false" },
        ["log.accesslog.disabled"] = new[] { "true", "false" },
        ["log.reportcaller"] = new[] { "true", "false" },
        ["storage.filesystem.maxthreads"] = new[] { "100" },
        ["storage.s3.skipverify"] = new[] { "true", "false" },
        ["storage.s3.v4auth"] = new[] { "true", "false" },
        ["storage.cache.blobdescriptor"] = new[] { "inmemory" },
        ["storage.redirect.disable"] = new[] { "true", "false" },
        ["auth.token.autoredirect"] = new[] { "true", "false" },
        ["http.net"] = new[] { "tcp" },
        ["http.host"] = new[] { "https://registry.example.test", "http://registry.example.test" },
        ["http.prefix"] = new[] { "/" },
        ["http.relativeurls"] = new[] { "true", "false" },
        ["http.draintimeout"] = new[] { "10s" },
        ["http.http2.disabled"] = new[] { "true", "false" },
        ["http.debug.prometheus.path"] = new[] { "/metrics" },
        ["notifications.endpoints[].threshold"] = new[] { "5" },
        ["notifications.endpoints[].backoff"] = new[] { "1s" },
        ["notifications.endpoints[].disabled"] = new[] { "true", "false" },
        ["redis.db"] = new[] { "0" },
        ["redis.dialtimeout"] = new[] { "10ms" },
        ["proxy.ttl"] = new[] { "168h" },
        ["health.storagedriver.enabled"] = new[] { "true", "false" },
        ["health.storagedriver.interval"] = new[] { "10s" },
        ["health.storagedriver.threshold"] = new[] { "3" },
        ["catalog.maxentries"] = new[] { "1000" },
    };

    /// <summary>
    /// A config tree that follows the registry's keys, with noise mixed in. Most have a valid
    /// version and one storage driver, so that the registry would start and the access rules judge it.
    /// </summary>
    public static Gen<YNode> Config => Gen.Frequency(
        (3, Gen.Select(Node(string.Empty, 0), Gen.OneOf("filesystem", "inmemory", "s3"), WithCore)),
        (1, Node(string.Empty, 0)));

    private static YNode WithCore(YNode tree, string driver)
    {
        if (tree is not YMap map)
        {
            return tree;
        }

        var storage = map.Entries.FirstOrDefault(e => e.Key == "storage").Value as YMap;
        var special = storage?.Entries.Where(e => e.Key is "delete" or "maintenance" or "cache" or "redirect") ?? [];
        var core = new List<(string, YNode)>
        {
            ("version", new YScalar("0.1")),
            ("storage", new YMap(special.Prepend((driver, new YMap(Array.Empty<(string, YNode)>()))).ToList())),
        };
        return new YMap(core.Concat(map.Entries.Where(e => e.Key is not ("version" or "storage"))).ToList());
    }

    private static Gen<YNode> Node(string path, int depth)
    {
        var scalar = Fitting.TryGetValue(path, out var fitting)
            ? Gen.Frequency((8, Gen.OneOf(fitting)), (1, Value)).Select(v => (YNode)new YScalar(v))
            : Value.Select(v => (YNode)new YScalar(v));
        if (depth > 5)
        {
            return scalar;
        }

        if (Lists.Contains(path))
        {
            var element = Keys.ContainsKey(path + "[]") ? Node(path + "[]", depth + 1) : scalar;
            return Gen.Frequency(
                (8, element.List[0, 3].Select(items => (YNode)new YSeq(items))),
                (1, scalar));
        }

        if (!Keys.TryGetValue(path, out var keys))
        {
            return Gen.Frequency(
                (30, scalar),
                (1, Gen.Const((YNode)new YMap(Array.Empty<(string, YNode)>()))),
                (1, scalar.List[1, 2].Select(items => (YNode)new YSeq(items))));
        }

        // Mostly distinct known keys; now and then an unknown or a repeated one.
        // A registry takes one auth provider, so two are the rare case there.
        // A provider needs its options, so those sections usually get all their keys.
        var most = path == "auth" ? 1 : Math.Min(keys.Length, 6);
        var least = path.StartsWith("auth.", StringComparison.Ordinal) ? most : 0;
        var chosen = Gen.Select(Gen.Shuffle(keys, least, most), Gen.Int[0, 20], Gen.OneOf(UnknownKeys),
            (known, dice, unknown) => dice switch
            {
                0 => known.Append(unknown).ToArray(),
                1 when known.Length > 0 => known.Append(known[0]).ToArray(),
                _ => known,
            });
        var map = chosen.SelectMany(names => names
            .Select(k => Node(Child(path, k), depth + 1).Select(v => (k, v)))
            .Aggregate(Gen.Const(new List<(string, YNode)>()), (acc, entry) =>
                Gen.Select(acc, entry, (list, e) => new List<(string, YNode)>(list) { e })))
            .Select(entries => (YNode)new YMap(entries));
        return Gen.Frequency((40, map), (1, scalar), (1, Gen.Const((YNode)new YSeq(Array.Empty<YNode>()))));
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>A config rendered as text: block style with some flow sections, LF line ends.</summary>
    public static Gen<string> ConfigText =>
        Gen.Select(Config, Gen.OneOf(1, 2, 3, int.MaxValue, int.MaxValue, int.MaxValue), Gen.Bool, (tree, flowDepth, trailingNewline) =>
        {
            var text = Render(tree, flowDepth);
            return trailingNewline || text.Length == 0 ? text : text.TrimEnd('\n');
        });

    /// <summary>A top-level mapping in block style, so that keys can be appended to it.</summary>
    public static Gen<string> BlockMappingText =>
        Config.Where(t => t is YMap { Entries.Count: > 0 }).Select(t => Render(t, int.MaxValue));

    /// <summary>Texts of every kind: generated configs, broken copies of them, and random characters.</summary>
    public static Gen<string> AnyText => Gen.Frequency(
        (6, ConfigText),
        (4, Gen.Select(ConfigText, Mutation.List[1, 6], (text, edits) => edits.Aggregate(text, (t, edit) => edit(t)))),
        (1, Gen.Char[" \t\r\n:-?[]{},#&*!|>'\"%@`\\~abc0.1\uFEFF\u0085\u2028é"].Array[0, 60].Select(a => new string(a))));

    // Edits that break a text the way people and tools do: a lost character, a stray one, a
    // joined or repeated line, a shifted indent, another line ending.
    private static readonly Gen<Func<string, string>> Mutation = Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 4], (at, n) => (Func<string, string>)(t =>
            t.Length == 0 ? t : t.Remove(at % t.Length, Math.Min(n, t.Length - (at % t.Length)))))),
        (3, Gen.Select(Gen.Int[0, 1000], Gen.Char[":-[]{},#&*!|>'\"%@` \t\n\r?<~\\\u0085\u2028"].Array[1, 3],
            (at, s) => (Func<string, string>)(t => t.Insert(t.Length == 0 ? 0 : at % (t.Length + 1), new string(s))))),
        (1, Gen.Int[0, 1000].Select(at => (Func<string, string>)(t => RepeatLine(t, at)))),
        (1, Gen.Int[0, 1000].Select(at => (Func<string, string>)(t => Indent(t, at)))),
        (1, Gen.Const((Func<string, string>)(t => t.Replace("\n", "\r\n")))),
        (1, Gen.Const((Func<string, string>)(t => t.Replace("\n", "\r")))),
        (1, Gen.Const((Func<string, string>)(t => "\uFEFF" + t))),
        (1, Gen.Const((Func<string, string>)(t => t + "---\n" + t))));

    private static string RepeatLine(string text, int at)
    {
        var lines = text.Split('\n').ToList();
        var i = at % lines.Count;
        lines.Insert(i, lines[i]);
        return string.Join("\n", lines);
    }

    private static string Indent(string text, int at)
    {
        var lines = text.Split('\n');
        lines[at % lines.Length] = "  " + lines[at % lines.Length];
        return string.Join("\n", lines);
    }

    /// <summary>Renders a tree: the first <paramref name="flowDepth"/> levels in block style, deeper ones in flow style.</summary>
    public static string Render(YNode node, int flowDepth)
    {
        var sb = new StringBuilder();
        switch (node)
        {
            case YMap { Entries.Count: > 0 } map when flowDepth > 0:
                WriteBlockMap(sb, map, 0, flowDepth);
                break;
            case YSeq { Items.Count: > 0 } seq when flowDepth > 0:
                WriteBlockSeq(sb, seq, 0, flowDepth);
                break;
            default:
                sb.Append(Flow(node)).Append('\n');
                break;
        }

        return sb.ToString();
    }

    private static void WriteBlockMap(StringBuilder sb, YMap map, int indent, int flowDepth)
    {
        foreach (var (key, value) in map.Entries)
        {
            sb.Append(' ', indent).Append(Key(key)).Append(':');
            WriteBlockValue(sb, value, indent, flowDepth - 1);
        }
    }

    private static void WriteBlockSeq(StringBuilder sb, YSeq seq, int indent, int flowDepth)
    {
        foreach (var item in seq.Items)
        {
            sb.Append(' ', indent).Append('-');
            WriteBlockValue(sb, item, indent, flowDepth - 1);
        }
    }

    private static void WriteBlockValue(StringBuilder sb, YNode value, int indent, int flowDepth)
    {
        switch (value)
        {
            case YMap { Entries.Count: > 0 } m when flowDepth > 0:
                sb.Append('\n');
                WriteBlockMap(sb, m, indent + 2, flowDepth);
                break;
            case YSeq { Items.Count: > 0 } s when flowDepth > 0:
                sb.Append('\n');
                WriteBlockSeq(sb, s, indent + 2, flowDepth);
                break;
            case YScalar { Text.Length: 0 }:
                sb.Append('\n');
                break;
            default:
                sb.Append(' ').Append(Flow(value)).Append('\n');
                break;
        }
    }

    private static string Flow(YNode node) => node switch
    {
        YMap m => "{" + string.Join(", ", m.Entries.Select(e => Key(e.Key) + ": " + FlowScalar(e.Value))) + "}",
        YSeq s => "[" + string.Join(", ", s.Items.Select(FlowScalar)) + "]",
        YScalar s => BlockScalar(s.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string FlowScalar(YNode node) => node switch
    {
        YScalar s when PlainInFlow.IsMatch(s.Text) => s.Text,
        YScalar s => Quote(s.Text),
        _ => Flow(node),
    };

    // Plain scalars that mean the same inside a flow collection as in a block.
    private static readonly System.Text.RegularExpressions.Regex PlainInFlow =
        new(@"^[A-Za-z0-9_./@~][A-Za-z0-9_./@~ -]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Key(string key) =>
        key.Length > 0 && (key.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '<') || key[0] is '\'' or '"') ? key : Quote(key);

    // Most vocabulary values are written as they are, so that they keep their YAML meaning
    // (a tag, an alias, a comment); only a few that would end the document are quoted.
    private static string BlockScalar(string text) =>
        text.Contains("{{") || text.StartsWith("-", StringComparison.Ordinal) || text.Contains('\t') ? Quote(text) : text;

    private static string Quote(string text) =>
        text.Length > 1 && text[0] is '"' or '\'' && text[text.Length - 1] == text[0]
            ? text
            : "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t") + "\"";

    private static readonly string[] EnvNames =
    {
        "REGISTRY_AUTH", "REGISTRY_AUTH_HTPASSWD_REALM", "REGISTRY_AUTH_HTPASSWD_PATH", "REGISTRY_AUTH_SILLY_REALM",
        "REGISTRY_AUTH_TOKEN_REALM", "REGISTRY_STORAGE", "REGISTRY_STORAGE_S3_REGION", "REGISTRY_STORAGE_DELETE_ENABLED",
        "REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY", "REGISTRY_STORAGE_MAINTENANCE_READONLY", "REGISTRY_HTTP_ADDR",
        "REGISTRY_HTTP_SECRET", "REGISTRY_HTTP_TLS_CERTIFICATE", "REGISTRY_HTTP_TLS_KEY", "REGISTRY_HTTP_TLS_MINIMUMTLS",
        "REGISTRY_HTTP_DEBUG_ADDR", "REGISTRY_HTTP_HEADERS_X-TEST", "REGISTRY_LOG_LEVEL", "REGISTRY_LOGLEVEL",
        "REGISTRY_NOTIFICATIONS_ENDPOINTS_0_URL", "REGISTRY_NOTIFICATIONS_ENDPOINTS_1_URL",
        "REGISTRY_NOTIFICATIONS_ENDPOINTS_X_NAME", "REGISTRY_REDIS_ADDR", "REGISTRY_REDIS_OPTIONS_ADDRS",
        "REGISTRY_REDIS_PASSWORD", "REGISTRY_PROXY_REMOTEURL", "REGISTRY_PROXY_PASSWORD", "REGISTRY_VERSION",
        "REGISTRY_HTTP", "REGISTRY_", "REGISTRY__", "REGISTRY_HTTP_ADDR_EXTRA", "registry_http_addr", "Registry_Auth",
        "REGISTRY_PORT", "REGISTRY_CONFIGURATION_PATH", "PATH", "REGISTRY_VALIDATION_MANIFESTS_URLS_ALLOW",
        "REGISTRY_MIDDLEWARE_REGISTRY_0_NAME", "REGISTRY_HEALTH_STORAGEDRIVER_ENABLED",
    };

    private static readonly string?[] EnvValues =
    {
        null, "", " ", "htpasswd", "silly", "none", "{}", "{htpasswd: {realm: r, path: /p}}", "[a, b]", "- a\n- b",
        "true", "false", "0", "0.1", ":5000", "0.0.0.0:5001", "http://x.test", "https://x.test", "debug", "trace",
        "{unclosed", "&a [*a]", "*nope", "key: value\nother: 1", "\"quoted\"", "tls1.0", "é",
    };

    /// <summary>Environments of distinct names; some values are unknown (null).</summary>
    public static Gen<EnvironmentVariable[]> Environment =>
        Gen.Select(Gen.OneOf(EnvNames), Gen.OneOf(EnvValues))
            .List[0, 5]
            .Select(pairs => pairs
                .GroupBy(p => p.Item1, StringComparer.Ordinal)
                .Select(g => new EnvironmentVariable(g.Key, g.First().Item2))
                .ToArray());

    public static Gen<RegistryVersion> Version => Gen.OneOf(RegistryVersion.V2, RegistryVersion.V3);
}
