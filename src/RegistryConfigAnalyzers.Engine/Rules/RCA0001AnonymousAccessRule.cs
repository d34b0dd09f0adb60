using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>No auth provider is in force, whatever the file seems to say.</summary>
internal sealed class RCA0001AnonymousAccessRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Auth != AuthKind.None)
        {
            return;
        }

        var what = c.IsProxy ? "pulls (through the cache)" : "pulls and pushes";
        var lead = c.Analysis.StartFailure is null
            ? $"The registry serves {what} to anyone without credentials"
            : $"Once it starts, the registry will serve {what} to anyone without credentials";
        if (c.Overrides.Cleared.TryGetValue("auth", out var cleared) && c.Root.Entry("auth") is { Value: null })
        {
            c.Report(RuleIds.AnonymousAccess, AnalysisContext.EnvSpan(cleared),
                $"{lead}: `{cleared.Name}=` with an empty value clears the auth section");
            return;
        }

        var entry = c.Root.Entry("auth");
        if (entry?.Value is ConfigMap { Env: { } setBy })
        {
            c.Report(RuleIds.AnonymousAccess, AnalysisContext.EnvSpan(setBy), $"{lead}: `{setBy.Name}` sets auth to none");
            return;
        }

        var ignored = c.Analysis.IgnoredAuth.FirstOrDefault();
        if (entry is not null)
        {
            var why = entry.Value switch
            {
                null => "the auth section is empty (null)",
                ConfigMap { Count: 0 } => "the auth section names no provider",
                _ => "auth is `none`",
            };
            if (ignored is not null)
            {
                why += $"; {ignored.Reason}";
            }

            c.Report(RuleIds.AnonymousAccess, entry.KeySpan, $"{lead}: {why}",
                c.Analysis.IgnoredAuth.Select(i => i.Span).ToArray());
            return;
        }

        if (ignored is not null)
        {
            c.Report(RuleIds.AnonymousAccess, ignored.Span, $"{lead}: {ignored.Reason}",
                c.Analysis.IgnoredAuth.Skip(1).Select(i => i.Span).ToArray());
            return;
        }

        var source = c.Analysis.Input is null ? $"the registry:{(int)c.Version} image's own config" : "the config";
        c.Report(RuleIds.AnonymousAccess, c.ConfigStart, $"{lead}: {source} has no auth section");
    }
}
