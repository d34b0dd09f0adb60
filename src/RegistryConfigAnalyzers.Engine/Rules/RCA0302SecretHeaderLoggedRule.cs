using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>The registry logs each notification endpoint with its headers when it starts.</summary>
internal sealed class RCA0302SecretHeaderLoggedRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Root.Map("notifications")?["endpoints"] is not ConfigList endpoints)
        {
            return;
        }

        foreach (var endpoint in endpoints.Items.OfType<ConfigMap>())
        {
            if (endpoint.Scalar("disabled") is { IsTrue: true } || endpoint.Map("headers") is not { } headers)
            {
                continue;
            }

            foreach (var header in headers.Entries.Where(e => RCA0300SecretInFileRule.IsCredentialHeader(e.Key)))
            {
                c.Report(RuleIds.SecretHeaderLogged, header.KeySpan,
                    $"The registry writes notification endpoint `{endpoint.Text("name")}` to its log at start, `{header.Key}` header value included; anyone who reads the logs gets the credential");
            }
        }
    }
}
