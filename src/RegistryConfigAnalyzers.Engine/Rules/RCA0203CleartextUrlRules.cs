using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>A token realm over plain http.</summary>
internal sealed class RCA0203CleartextTokenRealmRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Auth != AuthKind.Token || (c.AuthEntry!.Value as ConfigMap)?.Scalar("realm") is not { } realm || !IsCleartext(realm))
        {
            return;
        }

        c.Report(RuleIds.CleartextTokenRealm, realm.Span,
            $"The token realm `{realm.Text}` uses http: clients send their credentials there in clear; use https");
    }

    internal static bool IsCleartext(ConfigScalar value) =>
        !value.IsUnknown && value.Text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !RuleContext.IsLoopbackUrl(value.Text);
}

/// <summary>A notification endpoint over plain http.</summary>
internal sealed class RCA0204CleartextNotificationEndpointRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Root.Map("notifications")?["endpoints"] is not ConfigList endpoints)
        {
            return;
        }

        foreach (var endpoint in endpoints.Items.OfType<ConfigMap>())
        {
            if (endpoint.Scalar("disabled") is { IsTrue: true } || endpoint.Scalar("url") is not { } url ||
                !RCA0203CleartextTokenRealmRule.IsCleartext(url))
            {
                continue;
            }

            c.Report(RuleIds.CleartextNotificationEndpoint, url.Span,
                $"Notification endpoint `{url.Text}` uses http: events (repository names, digests, user names, client addresses) and any headers travel in clear; use https");
        }
    }
}

/// <summary>A pull-through cache upstream over plain http.</summary>
internal sealed class RCA0205CleartextProxyUpstreamRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Proxy?.Scalar("remoteurl") is not { } url || !RCA0203CleartextTokenRealmRule.IsCleartext(url))
        {
            return;
        }

        var credentials = !string.IsNullOrEmpty(c.Proxy.Text("password")) ? ", with the upstream password," : string.Empty;
        c.Report(RuleIds.CleartextProxyUpstream, url.Span,
            $"The proxy upstream `{url.Text}` uses http: images{credentials} travel in clear and can be altered on the way; use https");
    }
}
