using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

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
