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
