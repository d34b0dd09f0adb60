using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Analyzers.Recognition;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// RCA0500: a registry port published on every host interface. Testcontainers has no way to
/// name an address, Docker.DotNet and Kubernetes bind all interfaces when HostIP is empty, and
/// the registry binary on the host listens on all of them with an address like <c>:5000</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortOnAllInterfacesAnalyzer : ContainerRuleAnalyzer
{
    public PortOnAllInterfacesAnalyzer()
        : base(RuleIds.PortOnAllInterfaces)
    {
    }

    private protected override void Check(RegistryContainer container, ContainerScope scope, Action<Diagnostic> report)
    {
        if (container.HostNetworkLocation is { } hostNetwork)
        {
            report(Diagnostic.Create(Rule, hostNetwork, Rule.DefaultSeverity, null, HostProperties(container),
                $"'{container.Describe()}' uses the host's network, so every port it listens on is open on every host interface"));
        }

        if (container.Host == ContainerHost.Process)
        {
            CheckListenAddress(container, report);
            return;
        }

        if (container.PortBindingsModified)
        {
            return;
        }

        foreach (var port in container.Ports)
        {
            if (!port.OnAllInterfaces)
            {
                continue;
            }

            var what = port.ContainerPort is { } number ? $"port {number} is" : "ports are";
            var how = port.RandomHostPort ? "on a random host port" : port.HostPort is { } host ? $"on host port {host}" : "";
            var fix = container.Host == ContainerHost.Testcontainers
                ? "Testcontainers binds every published port on all of the Docker daemon's interfaces"
                : "bind it to 127.0.0.1 unless other hosts must reach it";
            var severity = Contextual(Rule, container, scope, port.RandomHostPort);
            report(Diagnostic.Create(Rule, port.Location, severity, null, HostProperties(container),
                $"The registry's {what} published {how} on every host interface; {fix}".Replace("  ", " ")));
        }
    }

    private void CheckListenAddress(RegistryContainer container, Action<Diagnostic> report)
    {
        foreach (var variable in container.Environment)
        {
            if (variable.Name != "REGISTRY_HTTP_ADDR" || variable.Value is not { } address
                || !Network.TrySplitAddress(address, out var host, out var port) || !Network.IsAllInterfaces(host))
            {
                continue;
            }

            report(Diagnostic.Create(Rule, variable.ValueLocation ?? variable.Location, Rule.DefaultSeverity, null,
                HostProperties(container),
                $"The registry listens on port {port} of every host interface ('{address}'); use '127.0.0.1:{port}'"));
        }
    }
}
