namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>htpasswd takes Basic credentials; without TLS at the registry they cross the network in clear.</summary>
internal sealed class RCA0200BasicAuthWithoutTlsRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Auth != AuthKind.Htpasswd || c.TlsOn || c.TlsUnknown)
        {
            return;
        }

        c.Report(RuleIds.BasicAuthWithoutTls, c.AuthEntry!.KeySpan,
            "htpasswd auth takes passwords in Basic headers, and the registry has no TLS (`http.tls.certificate` is not set): passwords travel in clear unless a TLS proxy sits in front");
    }
}
