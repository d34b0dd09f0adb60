using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>The registry dispatches on the exact text of <c>version</c>, and only <c>0.1</c> exists.</summary>
internal sealed class RCA0011UnsupportedVersionRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        var entry = c.Root.Entry("version");
        if (entry?.Value is Model.ConfigScalar { IsUnknown: true })
        {
            return;
        }

        var text = c.Root.Text("version");
        if (text == "0.1")
        {
            return;
        }

        if (entry is null || string.IsNullOrEmpty(text))
        {
            var near = c.Analysis.UnknownKeys.FirstOrDefault(k => string.Equals(k.Key, "version", System.StringComparison.OrdinalIgnoreCase));
            var hint = near.Key is not null ? $" (`{near.Key}` does not count: keys are case-sensitive)" : string.Empty;
            c.Fatal(RuleIds.UnsupportedVersion, near.Key is not null ? near.Value : entry?.KeySpan ?? c.ConfigStart,
                $"The config has no `version`{hint}; the registry stops with `unsupported version: \"\"`; add `version: 0.1`");
            return;
        }

        c.Fatal(RuleIds.UnsupportedVersion, entry.Value!.Span,
            $"`version: {text}` is not supported; the registry only starts with `version: 0.1`");
    }
}
