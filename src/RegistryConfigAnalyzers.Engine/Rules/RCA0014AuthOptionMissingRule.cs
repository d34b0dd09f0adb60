using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Each provider reads some options as strings and panics without them.</summary>
internal sealed class RCA0014AuthOptionMissingRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.AuthEntry is not { } entry || c.Auth is AuthKind.None or AuthKind.Other or AuthKind.Unknown)
        {
            return;
        }

        var options = entry.Value as ConfigMap;
        var required = new List<string>();
        switch (c.Auth)
        {
            case AuthKind.Htpasswd:
                required.AddRange(new[] { "realm", "path" });
                break;
            case AuthKind.Silly:
                required.AddRange(new[] { "realm", "service" });
                break;
            case AuthKind.Token:
                required.AddRange(new[] { "realm", "issuer", "service" });
                if (c.Version == RegistryVersion.V2)
                {
                    required.Add("rootcertbundle");
                }

                break;
        }

        foreach (var name in required)
        {
            var value = options?[name];
            if (value is ConfigScalar { IsUnknown: true })
            {
                continue;
            }

            if (value is ConfigScalar { Type: ScalarType.String } text)
            {
                // An empty string passes the provider's type check; opening the file "" then fails.
                if (text.Text.Length == 0 && name is "path" or "rootcertbundle")
                {
                    c.Fatal(RuleIds.AuthOptionMissing, text.Span,
                        $"`auth.{entry.Key}.{name}` is an empty string; the registry cannot open a file named \"\" and panics at start");
                }

                continue;
            }

            var problem = value is null or ConfigScalar { IsNull: true }
                ? options?.Entry(name) is null ? "is missing" : "is empty"
                : "must be a string";
            var span = options?.Entry(name)?.KeySpan ?? entry.KeySpan;
            var extra = name == "rootcertbundle" ? " (registry 2.x needs the token signer's certificate bundle)" : string.Empty;
            c.Fatal(RuleIds.AuthOptionMissing, span,
                $"`auth.{entry.Key}.{name}` {problem}{extra}; the registry panics at start");
        }

        if (c.Auth == AuthKind.Token && c.Version == RegistryVersion.V3 &&
            string.IsNullOrEmpty(options?.Text("rootcertbundle")) && string.IsNullOrEmpty(options?.Text("jwks")) &&
            options?["rootcertbundle"] is not ConfigScalar { IsUnknown: true } && options?["jwks"] is not ConfigScalar { IsUnknown: true })
        {
            c.Fatal(RuleIds.AuthOptionMissing, entry.KeySpan,
                "Token auth on registry 3.x needs `rootcertbundle` or `jwks` to verify tokens; the registry panics at start");
        }

        if (options?["autoredirect"] is ConfigScalar { IsNull: false, IsUnknown: false } redirect && redirect.Type != ScalarType.Bool)
        {
            c.Fatal(RuleIds.AuthOptionMissing, redirect.Span,
                $"`auth.token.autoredirect` must be true or false, not `{redirect.Text}`; the registry panics at start");
        }
    }
}
