using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>The registry turns deletes on only for a real YAML boolean; anything else leaves them off silently.</summary>
internal sealed class RCA0103IgnoredDeleteValueRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Storage?.Map("delete")?.Scalar("enabled") is not { IsUnknown: false, IsNull: false } enabled ||
            enabled.Type == ScalarType.Bool)
        {
            return;
        }

        var shown = enabled.Type == ScalarType.String ? $"the string \"{enabled.Text}\"" : $"`{enabled.Text}`";
        c.Report(RuleIds.IgnoredValue, enabled.Span,
            $"`storage.delete.enabled` is {shown}, not a YAML boolean, so the registry leaves deletes off; write true or false without quotes");
    }
}
