using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>The debug server has no auth: pprof, expvar and metrics for whoever reaches it.</summary>
internal sealed class RCA0400DebugServerExposedRule : IConfigRule
{
    public void Check(RuleContext c)
    {
        if (c.Http?.Map("debug")?.Scalar("addr") is not { IsUnknown: false, IsNull: false } addr || addr.Text.Length == 0)
        {
            return;
        }

        var redisPassword = c.Root.Map("redis")?.Scalar("password");
        var hasRedisPassword = redisPassword is { IsNull: false } && (redisPassword.IsUnknown || redisPassword.Text.Length > 0);
        if (hasRedisPassword && c.Version == RegistryVersion.V2)
        {
            c.Report(RuleIds.DebugServerLeaksRedisPassword, addr.Span,
                $"The debug server on `{addr.Text}` publishes the redis settings, password included, at /debug/vars to anyone who reaches it{(IsLoopback(addr.Text) ? ", local users included" : string.Empty)}; remove `http.debug` or keep the redis password out of this registry");
            return;
        }

        if (IsLoopback(addr.Text))
        {
            return;
        }

        var origin = c.Analysis.Input is null ? $" (the registry:{(int)c.Version} image's own config)" : string.Empty;
        var redis = c.Version == RegistryVersion.V3 && c.Root.Map("redis") is not null ? "; registry 3.x also hands its whole configuration to expvar when redis is set" : string.Empty;
        c.Report(RuleIds.DebugServerExposed, addr.Span,
            $"The debug server listens on `{addr.Text}`{origin}, beyond loopback: pprof, expvar and metrics are served without auth{redis}; bind it to 127.0.0.1 or remove it");
    }

    internal static bool IsLoopback(string address)
    {
        var host = address;
        var colon = address.LastIndexOf(':');
        if (colon >= 0)
        {
            host = address.Substring(0, colon);
        }

        host = host.Trim('[', ']');
        return host == "localhost" || host == "::1" || host.StartsWith("127.", System.StringComparison.Ordinal);
    }
}
