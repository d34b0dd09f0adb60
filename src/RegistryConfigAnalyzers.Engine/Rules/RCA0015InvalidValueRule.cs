using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>Values the registry checks after decoding (type errors are found while decoding).</summary>
internal sealed class RCA0015InvalidValueRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Root.Map("log")?.Scalar("formatter") is { IsNull: false, IsUnknown: false } formatter &&
            formatter.Text is not ("text" or "json" or "logstash"))
        {
            c.Fatal(RuleIds.InvalidValueType, formatter.Span,
                $"`log.formatter: {formatter.Text}` is not text, json or logstash; the registry stops with \"unsupported logging formatter\"");
        }

        if (c.Http?.Scalar("net") is { IsNull: false, IsUnknown: false } net && net.Text is not ("" or "tcp" or "unix"))
        {
            c.Fatal(RuleIds.InvalidValueType, net.Span,
                $"`http.net: {net.Text}` is not tcp or unix; the registry stops with \"unknown address type\"");
        }
    }
}
