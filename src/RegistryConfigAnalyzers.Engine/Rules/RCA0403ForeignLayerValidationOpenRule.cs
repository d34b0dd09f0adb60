using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Manifests may send clients to fetch layers from any host.</summary>
internal sealed class RCA0403ForeignLayerValidationOpenRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Root.Map("validation") is not { } validation)
        {
            return;
        }

        if (validation.Scalar("disabled") is { IsTrue: true } disabled && validation.Scalar("enabled") is not { IsTrue: true })
        {
            c.Report(RuleIds.ForeignLayerValidationOpen, disabled.Span,
                "`validation.disabled: true` turns off the checks on foreign-layer URLs: pushed manifests may point clients at layers on any host");
            return;
        }

        var urls = validation.Map("manifests")?.Map("urls");
        var allow = (urls?["allow"] as ConfigList)?.Items.OfType<ConfigScalar>().ToList();
        var deny = urls?["deny"] as ConfigList;
        var open = allow?.FirstOrDefault(a => a.Text is "" or ".*" or ".+" or "^" or "^.*" or "^https?://" or "https?://" or "^http" or "http");
        if (open is not null)
        {
            c.Report(RuleIds.ForeignLayerValidationOpen, open.Span,
                $"The allow pattern `{open.Text}` matches any URL (patterns are unanchored): foreign layers may come from any host");
        }
        else if (deny is { Items.Count: > 0 } && (allow is null || allow.Count == 0))
        {
            c.Report(RuleIds.ForeignLayerValidationOpen, deny.Span,
                "Foreign-layer URLs have a deny list and no allow list, so every URL not denied is accepted; list the hosts you allow instead");
        }
    }
}
