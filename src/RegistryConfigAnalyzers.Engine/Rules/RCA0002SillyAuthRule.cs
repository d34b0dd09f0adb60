namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Silly auth: any Authorization header passes.</summary>
internal sealed class RCA0002SillyAuthRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Auth != AuthKind.Silly)
        {
            return;
        }

        c.Report(RuleIds.SillyAuth, c.AuthEntry!.KeySpan,
            "The registry uses silly auth: any request with a non-empty Authorization header may pull, push and delete; use htpasswd or token auth");
    }
}
