using System;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;
using RegistryConfigAnalyzers.Engine.Schema;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>An auth provider the registry does not have, or a second one added by the environment.</summary>
internal sealed class RCA0013AuthProviderRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        var auth = c.Root.Map("auth");
        if (auth is null)
        {
            return;
        }

        if (auth.Count > 1)
        {
            var added = auth.Entries.FirstOrDefault(e => e.Value?.Env is not null);
            var env = added?.Value?.Env;
            if (env is null)
            {
                // A variable with an empty or null value adds a provider with no options: its entry
                // has no value to remember the variable by.
                added = auth.Entries.FirstOrDefault(e => c.Overrides.Cleared.ContainsKey(Decoder.Join("auth", e.Key)));
                env = added is null ? null : c.Overrides.Cleared[Decoder.Join("auth", added.Key)];
            }

            if (env is not null)
            {
                // Go's map order is random, so each start picks a provider (and its options) by chance.
                c.Analysis.StartUnknown = true;
                c.Report(RuleIds.RandomAuthProvider, AnalysisContext.EnvSpan(env),
                    $"`{env.Name}` adds a second auth provider ({string.Join(", ", auth.Entries.Select(e => e.Key))}); the registry picks one at random on each start, and may start with the weaker one or panic",
                    auth.Entries.Where(e => e != added).Select(e => e.KeySpan).ToArray());
            }

            return;
        }

        if (c.Auth != AuthKind.Other)
        {
            return;
        }

        var entry = c.AuthEntry!;
        var near = ConfigSchema.AuthOptions.Keys.FirstOrDefault(k => string.Equals(k, entry.Key, StringComparison.OrdinalIgnoreCase))
            ?? ConfigSchema.AuthOptions.Keys.FirstOrDefault(k => KeyHints.Distance(k, entry.Key.ToLowerInvariant()) <= 2);
        var hint = near is not null ? $"; did you mean `{near}`?" : "; it has htpasswd, token and silly";
        c.Fatal(RuleIds.AuthProviderCount, entry.KeySpan,
            $"The registry has no auth provider named `{entry.Key}` and panics at start{hint}");
    }
}
