using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>TLS settings the registry refuses when it opens its listener, or silently drops.</summary>
internal sealed class RCA0018InvalidTlsRule : IConfigRule
{
    internal static readonly string[] CipherSuites =
    {
        "TLS_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA",
        "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
        "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_RC4_128_SHA", "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
        "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
    };

    public void Check(RuleContext c)
    {
        if (c.Tls is not { } tls || c.TlsUnknown)
        {
            return;
        }

        var certificate = tls.Text("certificate");
        var letsEncrypt = tls.Map("letsencrypt")?.Text("cachefile");
        if (string.IsNullOrEmpty(certificate) && string.IsNullOrEmpty(letsEncrypt))
        {
            var set = new[] { "key", "clientcas", "minimumtls", "ciphersuites" }
                .Select(k => tls.Entry(k)).FirstOrDefault(e => e?.Value is not null and not ConfigScalar { IsNull: true });
            if (set is not null)
            {
                c.Report(RuleIds.IgnoredValue, set.KeySpan,
                    $"`http.tls.{set.Key}` is set but `http.tls.certificate` is not, so TLS is off and the registry serves plain HTTP without a message");
            }

            return;
        }

        if (!string.IsNullOrEmpty(certificate) && !string.IsNullOrEmpty(letsEncrypt))
        {
            c.Fatal(RuleIds.InvalidTls, tls.Entry("letsencrypt")!.KeySpan,
                "`http.tls.certificate` and `http.tls.letsencrypt` cannot both be set; the registry stops (\"cannot specify both\")");
        }

        if (!string.IsNullOrEmpty(certificate) && string.IsNullOrEmpty(tls.Text("key")) && tls["key"] is not ConfigScalar { IsUnknown: true })
        {
            c.Fatal(RuleIds.InvalidTls, tls.Entry("certificate")!.KeySpan,
                "`http.tls.certificate` is set without `http.tls.key`; the registry fails to load the key pair and stops");
        }

        CheckClientCas(c, tls);
        CheckMinimum(c, tls);
        CheckCiphers(c, tls);
    }

    private static void CheckClientCas(RuleContext c, ConfigMap tls)
    {
        if (tls["clientcas"] is not ConfigList list)
        {
            return;
        }

        // The registry reads every listed file when it opens its listener; a null item is "" too.
        foreach (var item in list.Items.OfType<ConfigScalar>())
        {
            if (!item.IsUnknown && (item.IsNull || item.Text.Length == 0))
            {
                c.Fatal(RuleIds.InvalidTls, item.Span,
                    "An item of `http.tls.clientcas` is empty; the registry cannot read a CA file named \"\" and stops");
            }
        }
    }

    private static void CheckMinimum(RuleContext c, ConfigMap tls)
    {
        if (tls.Scalar("minimumtls") is not { IsNull: false, IsUnknown: false } minimum || minimum.Text.Length == 0)
        {
            return;
        }

        var allowed = c.Version == RegistryVersion.V2
            ? new[] { "tls1.0", "tls1.1", "tls1.2", "tls1.3" }
            : new[] { "tls1.2", "tls1.3" };
        if (!allowed.Contains(minimum.Text))
        {
            c.Fatal(RuleIds.InvalidTls, minimum.Span,
                $"`http.tls.minimumtls: {minimum.Text}` is not one of {string.Join(", ", allowed)} (case-sensitive) for registry {c.Analysis.VersionLabel}; the registry stops");
            return;
        }

        if (minimum.Text is "tls1.0" or "tls1.1")
        {
            c.Report(RuleIds.WeakTlsVersion, minimum.Span,
                $"`http.tls.minimumtls: {minimum.Text}` lets clients use deprecated TLS versions; use tls1.2 or tls1.3");
        }
    }

    private static void CheckCiphers(RuleContext c, ConfigMap tls)
    {
        if (tls["ciphersuites"] is not ConfigList list)
        {
            return;
        }

        var known = new HashSet<string>(CipherSuites);
        if (c.Version == RegistryVersion.V3)
        {
            known.RemoveWhere(s => s.Contains("_RC4_") || s.EndsWith("_CBC_SHA256", System.StringComparison.Ordinal));
        }

        foreach (var item in list.Items.OfType<ConfigScalar>())
        {
            if (item.IsUnknown)
            {
                continue;
            }

            if (!known.Contains(item.Text))
            {
                c.Fatal(RuleIds.InvalidTls, item.Span,
                    $"`{item.Text}` is not a cipher suite registry {c.Analysis.VersionLabel} knows; it stops at start");
            }
            else if (item.Text.Contains("_RC4_") || item.Text.Contains("3DES") || item.Text.Contains("_CBC_") ||
                item.Text.StartsWith("TLS_RSA_", System.StringComparison.Ordinal))
            {
                c.Report(RuleIds.WeakCipherSuite, item.Span,
                    $"`{item.Text}` is a weak cipher suite (RC4, 3DES, CBC or static RSA key exchange); prefer ECDHE with AES-GCM or ChaCha20");
            }
        }
    }
}
