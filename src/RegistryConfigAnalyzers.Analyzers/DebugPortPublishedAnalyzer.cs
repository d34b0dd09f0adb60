using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Analyzers.Recognition;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// RCA0503: the container port of the registry's debug server is published to the host. The
/// registry:3 image's own config serves it on :5001; <c>REGISTRY_HTTP_DEBUG_ADDR</c> moves it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DebugPortPublishedAnalyzer : ContainerRuleAnalyzer
{
    private const int ImageDebugPort = 5001;

    public DebugPortPublishedAnalyzer()
        : base(RuleIds.DebugPortPublished)
    {
    }

    private protected override void Check(RegistryContainer container, ContainerScope scope, Action<Diagnostic> report)
    {
        if (container.Host == ContainerHost.Process || container.LaunchUnknown
            || DebugPort(container) is not { } debugPort)
        {
            return;
        }

        foreach (var port in container.Ports.Where(p => p.ContainerPort == debugPort))
        {
            if (port.HostIpKnown && Network.IsLoopback(port.HostIp))
            {
                continue;
            }

            var severity = Contextual(Rule, container, scope, port.RandomHostPort);
            report(Diagnostic.Create(Rule, port.Location, severity, null, HostProperties(container),
                $"Port {debugPort} is the registry's debug server (pprof, expvar, metrics, no auth); do not publish it"));
        }
    }

    private static int? DebugPort(RegistryContainer container)
    {
        var setting = container.Environment.LastOrDefault(e => e.Name == "REGISTRY_HTTP_DEBUG_ADDR");
        if (setting is not null)
        {
            return setting.Value is { } address && Network.TrySplitAddress(address, out _, out var port) ? port : null;
        }

        var imageConfig = container.Config.Kind == ConfigSourceKind.ImageDefault && !container.EnvironmentIncomplete;
        return imageConfig && container.Image?.MajorVersion == RegistryVersion.V3 ? ImageDebugPort : null;
    }
}
