using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Deletes are on and nothing checks who asks.</summary>
internal sealed class RCA0003AnonymousDeleteRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (!c.NoRealAuth || c.IsProxy || c.ReadOnly)
        {
            return;
        }

        var enabled = c.Storage?.Map("delete")?.Scalar("enabled");
        if (enabled is not { IsTrue: true })
        {
            return;
        }

        var who = c.Auth == AuthKind.Silly ? "any client that sends an Authorization header" : "anyone";
        var origin = enabled.Env is { } env
            ? $"`{env.Name}` turns deletes on"
            : c.Analysis.Input is null
                ? $"the registry:{(int)c.Version} image's own config turns deletes on"
                : "`storage.delete.enabled` is true";
        c.Report(RuleIds.AnonymousDelete, enabled.Span,
            $"{char.ToUpperInvariant(who[0])}{who.Substring(1)} can delete manifests and blobs: {origin} and no auth provider checks credentials; add auth or set `storage.delete.enabled: false`");
    }
}
