using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

internal enum AuthKind
{
    None,
    Silly,
    Htpasswd,
    Token,
    Other,
    Unknown,
}

/// <summary>The effective configuration and the facts several rules share.</summary>
internal sealed class RuleContext
{
    public RuleContext(AnalysisContext analysis, ConfigMap root, EnvironmentOverrides overrides)
    {
        Analysis = analysis;
        Root = root;
        Overrides = overrides;
        (Auth, AuthEntry) = ReadAuth();
    }

    public AnalysisContext Analysis { get; }

    public ConfigMap Root { get; }

    public EnvironmentOverrides Overrides { get; }

    public RegistryVersion Version => Analysis.Version;

    public AuthKind Auth { get; }

    /// <summary>The provider entry in force, when there is exactly one.</summary>
    public ConfigEntry? AuthEntry { get; }

    /// <summary>No provider checks credentials: none at all, or silly.</summary>
    public bool NoRealAuth => Auth is AuthKind.None or AuthKind.Silly;

    public ConfigMap? Storage => Root.Map("storage");

    public ConfigMap? Http => Root.Map("http");

    public ConfigMap? Tls => Http?.Map("tls");

    public ConfigMap? Proxy => Root.Map("proxy");

    public bool IsProxy => !string.IsNullOrEmpty(Proxy?.Text("remoteurl")) || Proxy?.Scalar("remoteurl") is { IsUnknown: true };

    /// <summary>TLS is on only when a certificate or a Let's Encrypt cache file is set.</summary>
    public bool TlsOn => !string.IsNullOrEmpty(Tls?.Text("certificate")) ||
        !string.IsNullOrEmpty(Tls?.Map("letsencrypt")?.Text("cachefile"));

    public bool TlsUnknown => Tls?.Scalar("certificate") is { IsUnknown: true } || Http?.Scalar("tls") is { IsUnknown: true };

    public bool ReadOnly =>
        Storage?.Map("maintenance")?.Map("readonly") is { } ro && ro.Scalar("enabled") is { IsTrue: true };

    public void Report(string ruleId, SourceSpan span, string message, params SourceSpan[] related) =>
        Analysis.Report(ruleId, span, message, related);

    public void Fatal(string ruleId, SourceSpan span, string message, params SourceSpan[] related) =>
        Analysis.Fatal(ruleId, span, message, related);

    /// <summary>Where a finding about the whole config goes: its first key, or the start of the file.</summary>
    public SourceSpan ConfigStart => Root.Entries.FirstOrDefault()?.KeySpan ?? Analysis.FileStart();

    public static bool IsLoopbackUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
    }

    private (AuthKind, ConfigEntry?) ReadAuth()
    {
        var value = Root["auth"];
        if (value is ConfigScalar { IsUnknown: true })
        {
            return (AuthKind.Unknown, null);
        }

        if (value is not ConfigMap auth || auth.Count == 0)
        {
            return (AuthKind.None, null);
        }

        if (auth.Count > 1)
        {
            return (AuthKind.Unknown, null);
        }

        var entry = auth.Entries[0];
        var kind = entry.Key switch
        {
            "silly" => AuthKind.Silly,
            "htpasswd" => AuthKind.Htpasswd,
            "token" => AuthKind.Token,
            // A provider named "" (auth: "", or a null key) means no auth, like none.
            "" => AuthKind.None,
            _ when string.Equals(entry.Key, "none", StringComparison.OrdinalIgnoreCase) => AuthKind.None,
            _ => AuthKind.Other,
        };
        return (kind, entry);
    }
}

/// <summary>One rule over the effective configuration.</summary>
internal interface IConfigRule
{
    void Check(RuleContext context);
}
