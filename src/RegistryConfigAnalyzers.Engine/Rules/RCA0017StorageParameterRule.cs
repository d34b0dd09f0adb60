using System;
using System.Globalization;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;
using RegistryConfigAnalyzers.Engine.Schema;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>
/// Storage driver parameters and storage middleware options are untyped maps that only the
/// driver's factory or the middleware's constructor reads; a value it rejects panics the registry
/// while it builds the application.
/// </summary>
internal sealed class RCA0017StorageParameterRule : IConfigRule
{
    private const long FiveMiB = 5L << 20;
    private const long FiveGiB = 5L << 30;

    private static readonly string[] S3Acls =
    {
        "private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read",
        "bucket-owner-read", "bucket-owner-full-control",
    };

    private static readonly string[] SwiftStrings =
    {
        "username", "password", "authurl", "domain", "domainid", "tenantdomain", "tenantdomainid",
        "trustid", "region", "container", "prefix", "endpointtype", "secretkey", "accesskey",
    };

    public void Check(RuleContext c)
    {
        if (c.Storage is { } storage)
        {
            CheckDriver(c, storage);
        }

        if (c.Root.Map("middleware")?["storage"] is ConfigList list)
        {
            foreach (var item in list.Items.OfType<ConfigMap>())
            {
                CheckMiddleware(c, item);
            }
        }
    }

    private static void CheckDriver(RuleContext c, ConfigMap storage)
    {
        var drivers = storage.Entries
            .Where(e => !ConfigSchema.IsStorageSpecialKey(e.Key, c.Version)).ToList();
        if (drivers.Count != 1 || drivers[0].Value is not ConfigMap parameters)
        {
            return;
        }

        var name = drivers[0].Key;
        var problem = name switch
        {
            "filesystem" => LimitProblem(parameters.Entry("maxthreads")),
            "s3" or "s3aws" => S3Problem(parameters, drivers[0], c.Version),
            "swift" when c.Version == RegistryVersion.V2 => SwiftProblem(parameters, drivers[0]),
            _ => null,
        };
        if (problem is var (span, text))
        {
            c.Fatal(RuleIds.InvalidSection, span,
                $"The registry panics at start: the {name} storage driver rejects its parameters: {text}");
        }
    }

    /// <summary>base.GetLimitFromParameter: an integer, a string ParseUint reads, or nothing.</summary>
    private static (SourceSpan, string)? LimitProblem(ConfigEntry? entry)
    {
        var value = entry?.Value;
        if (entry is null || NullOrUnknown(value))
        {
            return null;
        }

        var ok = value is ConfigScalar s &&
            (s.Type == ScalarType.Int || (s.Type == ScalarType.String && GoParse.TryParseUint(s.Text, out _)));
        return ok ? null
            : (value!.Span, $"`{entry.Key}: {Show(value)}` is not an unsigned integer (\"{entry.Key} config error\")");
    }

    private static (SourceSpan, string)? S3Problem(ConfigMap p, ConfigEntry driver, RegistryVersion version)
    {
        var endpoint = p.Scalar("regionendpoint");
        var noEndpoint = IsNull(p["regionendpoint"]) || endpoint is { Type: ScalarType.String, Text: "" };
        foreach (var key in new[] { "region", "bucket" })
        {
            var value = p[key];

            // 3.x asks for a region only when no regionendpoint is set.
            if (value is ConfigScalar { IsUnknown: true } ||
                (key == "region" && version == RegistryVersion.V3 && !noEndpoint))
            {
                continue;
            }

            if (IsNull(value) || value is ConfigScalar { Type: ScalarType.String, Text: "" })
            {
                return (p.Entry(key)?.KeySpan ?? driver.KeySpan,
                    $"`{key}` is missing or empty (\"no {key} parameter provided\")");
            }
        }

        var bools = version == RegistryVersion.V2
            ? new[] { "encrypt", "secure", "skipverify", "v4auth" }
            : new[]
            {
                "forcepathstyle", "encrypt", "secure", "skipverify", "v4auth", "usedualstack", "accelerate",
            };
        foreach (var key in bools)
        {
            var value = p[key];
            if (NullOrUnknown(value) || value is ConfigScalar { Type: ScalarType.Bool })
            {
                continue;
            }

            if (value is not ConfigScalar { Type: ScalarType.String } s || !GoParse.IsBool(s.Text))
            {
                return (value!.Span, $"`{key}: {Show(value)}` is not a boolean or a boolean string");
            }
        }

        var sizes = new (string Key, long Min, long Max)[]
        {
            ("chunksize", FiveMiB, FiveGiB),
            ("multipartcopychunksize", FiveMiB, FiveGiB),
            ("multipartcopymaxconcurrency", 1, long.MaxValue),
            ("multipartcopythresholdsize", 0, FiveGiB),
        };
        foreach (var (key, min, max) in sizes)
        {
            if (Int64Problem(p.Entry(key), min, max, version) is { } problem)
            {
                return problem;
            }
        }

        var classes = StorageClasses(version);
        if (p["storageclass"] is { } storageClass && !NullOrUnknown(storageClass) &&
            (storageClass is not ConfigScalar { Type: ScalarType.String } sc ||
            !classes.Contains(sc.Text.ToUpperInvariant(), StringComparer.Ordinal)))
        {
            return (storageClass.Span,
                $"`storageclass: {Show(storageClass)}` is not one of {string.Join(", ", classes)}");
        }

        if (p["objectacl"] is { } acl && !NullOrUnknown(acl) &&
            (acl is not ConfigScalar { Type: ScalarType.String } a ||
            !S3Acls.Contains(a.Text, StringComparer.Ordinal)))
        {
            return (acl.Span, $"`objectacl: {Show(acl)}` is not a canned S3 ACL such as private");
        }

        // v4auth off is refused on AWS itself: with no regionendpoint, or one on s3.amazonaws.com.
        var v4 = p.Scalar("v4auth");
        var v4Off = v4 is { Type: ScalarType.Bool, IsTrue: false } ||
            (v4 is { Type: ScalarType.String } && GoParse.IsBool(v4.Text) && !GoParse.BoolValue(v4.Text));
        if (v4Off && endpoint is not { IsUnknown: true } &&
            (endpoint is null or { IsNull: true } or { Text: "" } || endpoint.Text.Contains("s3.amazonaws.com")))
        {
            return (v4!.Span,
                "`v4auth: false` works only with a non-AWS `regionendpoint` " +
                "(\"can only be used with v4 authentication\")");
        }

        return null;
    }

    private static string[] StorageClasses(RegistryVersion version) => version == RegistryVersion.V2
        ? new[] { "NONE", "STANDARD", "REDUCED_REDUNDANCY" }
        : new[]
        {
            "NONE", "STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING",
            "OUTPOSTS", "GLACIER_IR",
        };

    /// <summary>
    /// 2.x: getParameterAsInt64, an integer or a ParseInt string. 3.x: getParameterAsInteger, which
    /// prints the value and scans a leading decimal integer out of the text. Both then check the range.
    /// </summary>
    private static (SourceSpan, string)? Int64Problem(
        ConfigEntry? entry, long min, long max, RegistryVersion version)
    {
        var value = entry?.Value;
        if (entry is null || value is null || NullOrUnknown(value))
        {
            return null;
        }

        long number;
        var s = value as ConfigScalar;
        if (version == RegistryVersion.V3)
        {
            if (s is null || !GoParse.TryScanLeadingInt(GoParse.Sprint(s), out number))
            {
                return (value.Span, $"`{entry.Key}: {Show(value)}` is not an integer");
            }
        }
        else if (s is { Type: ScalarType.Int })
        {
            // Past int64, yaml.v2 gives a uint64, which the driver converts to a negative int64.
            number = YamlScalars.FitsInt64(s.Text) && YamlScalars.TryParseInt(s.Text, out var n) ? n : -1;
        }
        else if (s is not { Type: ScalarType.String } || !GoParse.TryParseInt64(s.Text, out number))
        {
            return (value.Span, $"`{entry.Key}: {Show(value)}` is not an integer");
        }

        return number >= min && number <= max ? null
            : (value.Span, $"`{entry.Key}: {Show(value)}` is outside {min}..{max}");
    }

    /// <summary>mapstructure decodes swift's parameters strictly into typed fields, keys in any case.</summary>
    private static (SourceSpan, string)? SwiftProblem(ConfigMap p, ConfigEntry driver)
    {
        ConfigEntry? Find(string key) =>
            p.Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));

        foreach (var entry in p.Entries)
        {
            var key = entry.Key.ToLowerInvariant();
            if (entry.Value is null || NullOrUnknown(entry.Value))
            {
                continue;
            }

            var s = entry.Value as ConfigScalar;
            var ok = key switch
            {
                // tenant and tenantid are turned into strings before decoding, whatever they hold.
                "tenant" or "tenantid" => true,
                "authversion" or "chunksize" => s is { Type: ScalarType.Int or ScalarType.Float },
                "insecureskipverify" or "tempurlcontainerkey" => s is { Type: ScalarType.Bool },
                "tempurlmethods" => entry.Value is ConfigList,
                _ => !SwiftStrings.Contains(key) || s is { Type: ScalarType.String },
            };
            if (!ok)
            {
                return (entry.Value.Span, $"`{entry.Key}: {Show(entry.Value)}` has the wrong type for that field");
            }
        }

        foreach (var key in new[] { "username", "password", "authurl", "container" })
        {
            var value = Find(key)?.Value as ConfigScalar;
            if (value is { IsUnknown: true })
            {
                continue;
            }

            if (value is null || value.IsNull || value.Text.Length == 0)
            {
                return (Find(key)?.KeySpan ?? driver.KeySpan,
                    $"`{key}` is missing or empty (\"no {key} parameter provided\")");
            }
        }

        // A float is truncated into the int field, so 1024.5 is as small as 1024.
        var chunk = Find("chunksize")?.Value as ConfigScalar;
        var size = chunk?.Type switch
        {
            ScalarType.Int => YamlScalars.TryParseInt(chunk.Text, out var n) ? n : (double?)null,
            ScalarType.Float => double.TryParse(chunk.Text.Replace("_", string.Empty), NumberStyles.Float,
                CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d) ? Math.Truncate(d) : null,
            _ => null,
        };
        if (chunk is not null && size < 1 << 20)
        {
            return (chunk.Span, $"`chunksize: {chunk.Text}` is below the minimum of {1 << 20}");
        }

        return null;
    }

    private static void CheckMiddleware(RuleContext c, ConfigMap item)
    {
        var name = item.Text("name");
        var optionsValue = item["options"];
        if (name is not ("redirect" or "cloudfront") || optionsValue is ConfigScalar { IsUnknown: true })
        {
            return;
        }

        var options = optionsValue as ConfigMap;
        var at = item.Entry("name")?.Value?.Span ?? item.Span;
        var problem = name == "redirect"
            ? RedirectProblem(options, at)
            : CloudFrontProblem(options, at, c.Version);
        if (problem is var (span, text))
        {
            c.Fatal(RuleIds.InvalidSection, span,
                $"The registry panics at start: the {name} storage middleware rejects its options: {text}");
        }
    }

    private static (SourceSpan, string)? RedirectProblem(ConfigMap? options, SourceSpan at)
    {
        if (RequiredString(options, "baseurl", at) is { } missing)
        {
            return missing;
        }

        var baseUrl = options!.Scalar("baseurl")!;
        return baseUrl.IsUnknown || GoParse.IsUrlWithSchemeAndHost(baseUrl.Text) ? null
            : (baseUrl.Span,
                $"`baseurl: {baseUrl.Text}` is not a URL with a scheme and a host, such as https://cdn.example.com");
    }

    private static (SourceSpan, string)? CloudFrontProblem(
        ConfigMap? options, SourceSpan at, RegistryVersion version)
    {
        foreach (var key in new[] { "baseurl", "privatekey", "keypairid" })
        {
            if (RequiredString(options, key, at) is { } missing)
            {
                return missing;
            }
        }

        // 3.x copies the misspelt key over the right one; 2.x reads only the misspelt key.
        var frequency = version == RegistryVersion.V2
            ? options!.Entry("updatefrenquency")
            : options!.Entry("updatefrenquency") ?? options.Entry("updatefrequency");
        foreach (var entry in new[] { options.Entry("duration"), frequency })
        {
            if (entry?.Value is ConfigScalar { Type: ScalarType.String } d && !YamlScalars.IsGoDuration(d.Text))
            {
                return (d.Span, $"`{entry.Key}: {d.Text}` is not a duration such as 20m");
            }
        }

        if (options.Entry("iprangesurl") is { } ranges && ranges.Value is not ConfigScalar { IsUnknown: true } &&
            ranges.Value is not ConfigScalar { Type: ScalarType.String })
        {
            return (ranges.Value?.Span ?? ranges.KeySpan, "`iprangesurl` must be a string");
        }

        if (options.Entry("ipfilteredby") is not { } filter || filter.Value is ConfigScalar { IsUnknown: true })
        {
            return null;
        }

        if (filter.Value is not ConfigScalar { Type: ScalarType.String } by ||
            by.Text.Trim().ToLowerInvariant() is not ("" or "none" or "aws" or "awsregion"))
        {
            return (filter.Value?.Span ?? filter.KeySpan, "`ipfilteredby` must be none, aws or awsregion");
        }

        return by.Text.Trim().ToLowerInvariant() == "awsregion"
            ? RequiredString(options, "awsregion", by.Span)
            : null;
    }

    /// <summary>A key the constructor asserts to be a string: present, and a string (null is not).</summary>
    private static (SourceSpan, string)? RequiredString(ConfigMap? options, string key, SourceSpan at)
    {
        if (options?.Entry(key) is not { } entry)
        {
            return (at, $"`options.{key}` is missing (\"no {key} provided\")");
        }

        return entry.Value is ConfigScalar { Type: ScalarType.String or ScalarType.Unknown } ? null
            : (entry.Value?.Span ?? entry.KeySpan,
                $"`{key}: {Show(entry.Value)}` is not a string (\"{key} must be a string\")");
    }

    private static bool IsNull(ConfigValue? value) => value is null or ConfigScalar { IsNull: true };

    /// <summary>Absent, null, or from a variable whose value the host cannot know: nothing to judge.</summary>
    private static bool NullOrUnknown(ConfigValue? value) => IsNull(value) || value is ConfigScalar { IsUnknown: true };

    private static string Show(ConfigValue? value) => value switch
    {
        null => "null",
        ConfigScalar { IsNull: true } => "null",
        ConfigScalar { Type: ScalarType.String, Text: "" } => "\"\"",
        ConfigScalar s => s.Text,
        ConfigList => "a list",
        _ => "a mapping",
    };
}
