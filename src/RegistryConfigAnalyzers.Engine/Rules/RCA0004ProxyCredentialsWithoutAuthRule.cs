namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>A pull-through cache that pulls with its own upstream credentials for every client.</summary>
internal sealed class RCA0004ProxyCredentialsWithoutAuthRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (!c.IsProxy || !c.NoRealAuth)
        {
            return;
        }

        var proxy = c.Proxy!;
        var credential = proxy.Entry("username") is { Value: not null } u && !string.IsNullOrEmpty(proxy.Text("username")) ? u
            : proxy.Entry("password") is { Value: not null } p && !string.IsNullOrEmpty(proxy.Text("password")) ? p
            : c.Version == RegistryVersion.V3 && proxy.Map("exec") is not null ? proxy.Entry("exec")
            : null;
        if (credential is null)
        {
            return;
        }

        c.Report(RuleIds.ProxyCredentialsWithoutAuth, credential.KeySpan,
            "The pull-through cache uses its upstream credentials for every client and no auth provider checks clients: anyone can pull the upstream's private images; add htpasswd or token auth");
    }
}
