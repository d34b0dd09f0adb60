using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine.Model;
using RegistryConfigAnalyzers.Engine.Rules;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>The entry points every host calls.</summary>
public static class RegistryConfigEngine
{
    private static readonly Regex TemplateMarker = new(@"\{\{-?|\{%-?|<%=?|\{#", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.Ordinal)
    {
        "version", "log", "loglevel", "storage", "auth", "middleware", "reporting", "http", "notifications", "redis",
        "health", "proxy", "compatibility", "validation", "policy", "catalog",
    };

    private static readonly IConfigRule[] ConfigRules =
    {
        new RCA0011UnsupportedVersionRule(),
        new RCA0012StorageDriverCountRule(),
        new RCA0013AuthProviderRule(),
        new RCA0014AuthOptionMissingRule(),
        new RCA0015InvalidValueRule(),
        new RCA0015ListenAddressRule(),
        new RCA0017InvalidSectionRule(),
        new RCA0017StorageParameterRule(),
        new RCA0018InvalidTlsRule(),
        new RCA0001AnonymousAccessRule(),
        new RCA0002SillyAuthRule(),
        new RCA0003AnonymousDeleteRule(),
        new RCA0004ProxyCredentialsWithoutAuthRule(),
        new RCA0100UnknownParameterRule(),
        new RCA0103IgnoredDeleteValueRule(),
        new RCA0200BasicAuthWithoutTlsRule(),
        new RCA0203CleartextTokenRealmRule(),
        new RCA0204CleartextNotificationEndpointRule(),
        new RCA0205CleartextProxyUpstreamRule(),
        new RCA0206InsecureStorageTransportRule(),
        new RCA0300SecretInFileRule(),
        new RCA0301WeakHttpSecretRule(),
        new RCA0302SecretHeaderLoggedRule(),
        new RCA0400DebugServerExposedRule(),
        new RCA0402PublicBucketAclRule(),
        new RCA0403ForeignLayerValidationOpenRule(),
    };

    /// <summary>Checks one config file as the registry would read it, with no environment overrides.</summary>
    public static AnalysisResult AnalyzeConfig(ConfigInput config, AnalysisOptions options) =>
        AnalyzeEffective(config, Array.Empty<EnvironmentVariable>(), options);

    /// <summary>
    /// Checks the configuration a registry really runs: <paramref name="baseConfig"/> (or, when null,
    /// the config baked into the image of <see cref="AnalysisOptions.Version"/>) with the
    /// <c>REGISTRY_*</c> variables of <paramref name="environment"/> applied by the registry's rules.
    /// </summary>
    public static AnalysisResult AnalyzeEffective(ConfigInput? baseConfig, IReadOnlyList<EnvironmentVariable> environment,
        AnalysisOptions options)
    {
        var input = baseConfig ?? new ConfigInput(ImageDefaults.SourceName(options.Version), ImageDefaults.ConfigText(options.Version));
        var ctx = new AnalysisContext(baseConfig, options);
        try
        {
            return Analyze(ctx, input, environment ?? Array.Empty<EnvironmentVariable>());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug of ours must never break a build: report it as an incomplete check.
            ctx.Report(RuleIds.AnalysisLimit, ctx.FileStart(),
                $"The checker failed on this file ({ex.GetType().Name}: {ex.Message}); it was not checked completely");
            return Result(ctx, startsKnown: false, auth: "unknown");
        }
    }

    /// <summary>Whether a YAML text looks like a registry config, judged by its top-level keys.</summary>
    public static bool LooksLikeRegistryConfig(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 8 * 1024 * 1024)
        {
            return false;
        }

        var keys = new List<string>();
        var indent = -1;
        foreach (var rawLine in text.Split('\n'))
        {
            var full = rawLine.TrimEnd('\r').TrimStart('\uFEFF');
            var trimmed = full.TrimStart(' ');
            if (indent < 0 && trimmed.Length > 0 && trimmed[0] != '#' && !trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                // A whole document may be indented; its top level is the first key's column.
                indent = full.Length - trimmed.Length;
            }

            var line = indent > 0 && full.Length - trimmed.Length == indent ? trimmed : full;
            if (line.Length == 0 || line[0] is ' ' or '\t' or '#' or '-' or '{' or '[')
            {
                if (line.StartsWith("---", StringComparison.Ordinal) && keys.Count > 0)
                {
                    break;
                }

                continue;
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                keys.Add(line.Substring(0, colon).Trim().Trim('"', '\''));
            }
        }

        if (keys.Count == 0 && text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("{", StringComparison.Ordinal))
        {
            // A config written in flow style has its keys on one line: read it instead.
            var read = YamlReader.Read(text, new AnalysisOptions());
            if (read.Root is YamlMapping flow)
            {
                keys.AddRange(flow.Entries.Select(e => e.Key.Target).OfType<YamlScalar>().Select(k => k.Value));
            }
        }

        var known = keys.Count(TopLevelKeys.Contains);
        var hasVersion = keys.Contains("version");
        var hasCore = keys.Contains("storage") || keys.Contains("http") || keys.Contains("auth");
        if (keys.Contains("apiVersion") || keys.Contains("services") || keys.Contains("kind"))
        {
            return false;
        }

        return (hasVersion && hasCore) || (hasCore && known >= 2 && keys.Contains("storage"));
    }

    private static AnalysisResult Analyze(AnalysisContext ctx, ConfigInput input, IReadOnlyList<EnvironmentVariable> environment)
    {
        var text = input.Text;
        if (text.Length > ctx.Options.MaxCharacters)
        {
            ctx.Report(RuleIds.AnalysisLimit, ctx.FileStart(),
                $"The file has {text.Length:N0} characters, over the limit of {ctx.Options.MaxCharacters:N0}; it was not checked");
            return Result(ctx, startsKnown: false, auth: "unknown");
        }

        var lines = ctx.Lines ?? LineMap.Of(text);
        // yaml.v2 decodes and checks each character in one pass, so whichever comes first stops it.
        var control = FirstDisallowedCharacter(text);
        if (input.EncodingError is { } encoding && (control < 0 || input.EncodingErrorOffset <= control))
        {
            var offset = input.EncodingErrorOffset;
            var at = lines.At(offset);
            ctx.Fatal(RuleIds.InvalidYaml, ctx.Span(at, at),
                $"The file's bytes are not text the registry can read ({encoding}; it reads UTF-8, or UTF-16 with a byte order mark); the registry refuses to read it and does not start");
            return Result(ctx, startsKnown: true, auth: "unknown");
        }

        if (control >= 0)
        {
            var at = lines.At(control);
            ctx.Fatal(RuleIds.InvalidYaml, ctx.Span(at, at),
                $"The file holds a character YAML does not allow (U+{(int)text[control]:X4}, binary data or a control character); the registry stops with \"control characters are not allowed\"");
            return Result(ctx, startsKnown: true, auth: "unknown");
        }

        var marker = FindTemplateMarker(text, lines);
        if (marker.Success && ctx.Input is not null)
        {
            var start = lines.At(marker.Index);
            ctx.Report(RuleIds.Template, ctx.Span(start, lines.At(marker.Index + marker.Length)),
                $"The file is a template (`{marker.Value.Trim('-', '=')}` at line {start.Line}); it is not rendered, so it is not judged: check the rendered config");
            return Result(ctx, startsKnown: false, auth: "unknown");
        }

        var read = YamlReader.Read(text, ctx.Options, lines: lines);
        if (read.SyntaxError is not null)
        {
            ctx.Fatal(RuleIds.InvalidYaml, ctx.Span(read.SyntaxErrorStart, read.SyntaxErrorEnd),
                $"The file is not valid YAML ({read.SyntaxError}); the registry does not start");
            return Result(ctx, startsKnown: true, auth: "unknown");
        }

        if (read.LimitHit is not null)
        {
            ctx.Incomplete = true;
            ctx.Report(RuleIds.AnalysisLimit, ctx.Span(read.LimitPosition, read.LimitPosition),
                $"The file has {read.LimitHit}; it was not checked");
            return Result(ctx, startsKnown: false, auth: "unknown");
        }

        ReportExtraDocuments(ctx, read);
        var decoder = new Decoder(ctx);
        var root = decoder.DecodeRoot(read.Root);
        var overrides = new EnvironmentOverrides(ctx, decoder);
        overrides.Apply(root, environment);
        if (ctx.Incomplete)
        {
            return Result(ctx, startsKnown: false, auth: "unknown");
        }

        var rules = new RuleContext(ctx, root, overrides);
        foreach (var rule in ConfigRules)
        {
            rule.Check(rules);
        }

        return Result(ctx, startsKnown: !environment.Any(e => e.Value is null && CanStopStart(e.Name)), auth: AuthName(rules), rules);
    }

    private static readonly string[] HarmlessWhenUnknown =
    {
        "REGISTRY_HTTP_SECRET", "REGISTRY_HTTP_ADDR", "REGISTRY_HTTP_PREFIX", "REGISTRY_HTTP_DEBUG_ADDR",
        "REGISTRY_LOG_FIELDS_", "REGISTRY_REDIS_PASSWORD", "REGISTRY_REDIS_ADDR", "REGISTRY_PROXY_USERNAME",
        "REGISTRY_PROXY_PASSWORD", "REGISTRY_NOTIFICATIONS_ENDPOINTS", "REGISTRY_CONFIGURATION_PATH",
        "REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY", "REGISTRY_STORAGE_S3_ACCESSKEY", "REGISTRY_STORAGE_S3_SECRETKEY",
        "REGISTRY_STORAGE_S3_BUCKET", "REGISTRY_STORAGE_S3_REGIONENDPOINT", "REGISTRY_STORAGE_AZURE_ACCOUNTKEY",
        "REGISTRY_STORAGE_AZURE_ACCOUNTNAME", "REGISTRY_STORAGE_AZURE_CONTAINER", "REGISTRY_STORAGE_GCS_BUCKET",
        "REGISTRY_STORAGE_GCS_KEYFILE", "REGISTRY_AUTH_HTPASSWD_REALM", "REGISTRY_AUTH_HTPASSWD_PATH",
        "REGISTRY_AUTH_TOKEN_REALM", "REGISTRY_AUTH_TOKEN_SERVICE", "REGISTRY_AUTH_TOKEN_ISSUER",
        "REGISTRY_AUTH_TOKEN_ROOTCERTBUNDLE", "REGISTRY_HTTP_TLS_CERTIFICATE", "REGISTRY_HTTP_TLS_KEY",
    };

    /// <summary>
    /// Whether a variable whose value is unknown could stop the registry or change who gets in.
    /// Plain strings such as http.secret, addresses or notification URLs start with any value.
    /// </summary>
    private static bool CanStopStart(string name)
    {
        if (!name.StartsWith("REGISTRY_", StringComparison.Ordinal))
        {
            return false;
        }

        // Options read as strings start the registry with any string; a name that is exact here
        // keeps the verdict known (an empty value still counts, and is never unknown).
        return !HarmlessWhenUnknown.Any(h => h.EndsWith("_", StringComparison.Ordinal) ? name.StartsWith(h, StringComparison.Ordinal) : name == h);
    }

    private static void ReportExtraDocuments(AnalysisContext ctx, YamlReadResult read)
    {
        for (var i = 0; i < read.ExtraDocuments.Count; i++)
        {
            var position = read.ExtraDocuments[i];
            var keys = i < read.ExtraDocumentRoots.Count
                ? read.ExtraDocumentRoots[i].Entries.Select(e => e.Key.Target).OfType<YamlScalar>().Select(s => s.Value).ToList()
                : new List<string>();
            var shown = keys.Count > 0 ? $" (`{string.Join("`, `", keys.Take(4))}`{(keys.Count > 4 ? ", …" : string.Empty)})" : string.Empty;
            ctx.Report(RuleIds.ExtraDocument, ctx.Span(position, position),
                $"The registry reads only the first YAML document; everything from this `---` on{shown} is ignored");
            if (i < read.ExtraDocumentRoots.Count)
            {
                var auth = read.ExtraDocumentRoots[i].Entries.FirstOrDefault(e => e.Key.Target is YamlScalar { Value: "auth" });
                if (auth.Key is not null)
                {
                    ctx.IgnoredAuth.Add(new IgnoredAuth(ctx.Span(auth.Key), "the `auth` in a later YAML document is ignored"));
                }
            }
        }
    }

    private static string AuthName(RuleContext rules) => rules.Auth switch
    {
        AuthKind.None => "none",
        AuthKind.Silly => "silly",
        AuthKind.Htpasswd => "htpasswd",
        AuthKind.Token => "token",
        AuthKind.Unknown => "unknown",
        _ => rules.AuthEntry?.Key ?? "unknown",
    };

    private static AnalysisResult Result(AnalysisContext ctx, bool startsKnown, string auth, RuleContext? rules = null)
    {
        var reported = (IReadOnlyList<Finding>)ctx.Findings;
        var suppressed = new List<Finding>();
        if (ctx.Input is not null)
        {
            (var kept, suppressed) = Suppressions.Apply(ctx.Input, ctx.Findings);
            reported = kept;
        }

        var findings = reported
            .OrderBy(f => f.Span.Source, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Start.Line)
            .ThenBy(f => f.Span.Start.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();

        bool? starts = ctx.StartFailure is not null ? false : !startsKnown || ctx.StartUnknown ? null : true;
        bool? anonymous = null, anyHeader = null, deletes = null;
        if (starts == true && rules is not null)
        {
            anonymous = rules.Auth switch { AuthKind.None => true, AuthKind.Unknown => null, _ => false };
            anyHeader = rules.Auth switch { AuthKind.None or AuthKind.Silly => true, AuthKind.Unknown => null, _ => false };
            var enabled = rules.Storage?.Map("delete")?.Scalar("enabled");
            deletes = enabled is { IsUnknown: true } ? null : enabled is { IsTrue: true } && !rules.IsProxy && !rules.ReadOnly;
        }

        return new AnalysisResult(findings, new RegistryVerdict(starts, ctx.StartFailure, anonymous, anyHeader, deletes, auth), suppressed);
    }

    /// <summary>The first template marker outside a YAML comment.</summary>
    private static Match FindTemplateMarker(string text, LineMap lines)
    {
        for (var match = TemplateMarker.Match(text); match.Success; match = match.NextMatch())
        {
            var lineStart = lines.StartOf(lines.LineOf(match.Index));
            if (!InComment(text, lineStart, match.Index))
            {
                return match;
            }
        }

        return Match.Empty;
    }

    private static bool InComment(string text, int lineStart, int index)
    {
        char quote = '\0';
        for (var i = lineStart; i < index; i++)
        {
            var ch = text[i];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                }
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
            }
            else if (ch == '#' && (i == lineStart || char.IsWhiteSpace(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first character yaml.v2's reader rejects, or -1 (tab, line breaks, printable text and paired surrogates pass).</summary>
    internal static int FirstDisallowedCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
