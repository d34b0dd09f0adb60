using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

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
