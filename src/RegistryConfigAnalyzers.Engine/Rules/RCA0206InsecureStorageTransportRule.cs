using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Storage drivers told to use plain HTTP, skip certificate checks, or sign the old way.</summary>
internal sealed class RCA0206InsecureStorageTransportRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Storage is not { } storage)
        {
            return;
        }

        foreach (var name in new[] { "s3", "s3aws" })
        {
            if (storage.Map(name) is not { } s3)
            {
                continue;
            }

            Flag(c, s3, "secure", false, $"`storage.{name}.secure: false` sends layers and signed requests to S3 over plain HTTP");
            Flag(c, s3, "skipverify", true, $"`storage.{name}.skipverify: true` turns off TLS certificate checks to S3");
            Flag(c, s3, "v4auth", false, $"`storage.{name}.v4auth: false` uses legacy Signature Version 2");
            if (s3.Scalar("regionendpoint") is { } endpoint && RCA0203CleartextTokenRealmRule.IsCleartext(endpoint))
            {
                c.Report(RuleIds.InsecureStorageTransport, endpoint.Span,
                    $"`storage.{name}.regionendpoint: {endpoint.Text}` uses http: storage traffic travels in clear");
            }
        }

        if (storage.Map("swift") is { } swift)
        {
            Flag(c, swift, "insecureskipverify", true, "`storage.swift.insecureskipverify: true` turns off TLS certificate checks to Swift");
        }

        if (storage.Map("oss") is { } oss)
        {
            Flag(c, oss, "secure", false, "`storage.oss.secure: false` sends storage traffic over plain HTTP");
        }

        if (storage.Map("azure") is { } azure && c.Version == RegistryVersion.V3)
        {
            Flag(c, azure, "skipverify", true, "`storage.azure.skipverify: true` turns off TLS certificate checks to Azure");
        }
    }

    private static void Flag(RuleContext c, ConfigMap driver, string key, bool bad, string message)
    {
        // Most drivers parse these leniently: a YAML boolean or the strings "true"/"false".
        if (driver.Scalar(key) is not { IsUnknown: false } value)
        {
            return;
        }

        var text = value.Text.ToLowerInvariant();
        var isTrue = value.Type == ScalarType.Bool ? value.IsTrue : text == "true";
        var isFalse = value.Type == ScalarType.Bool ? !value.IsTrue : text == "false";
        if (bad ? isTrue : isFalse)
        {
            c.Report(RuleIds.InsecureStorageTransport, value.Span, message);
        }
    }
}
