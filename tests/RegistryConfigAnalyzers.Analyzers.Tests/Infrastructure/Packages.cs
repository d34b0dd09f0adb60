using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;

/// <summary>
/// The real packages each test compiles against. Testcontainers brings Docker.DotNet.Enhanced,
/// whose assembly has the same name as Docker.DotNet, so each API gets its own set.
/// </summary>
internal static class Packages
{
    public static readonly ReferenceAssemblies None = ReferenceAssemblies.Net.Net80;

    public static readonly ReferenceAssemblies Testcontainers = With(("Testcontainers", "4.17.0"));

    // Aspire.Hosting asks for dependency versions the feed lacks; naming the nearest ones keeps
    // the resolution exact.
    public static readonly ReferenceAssemblies Aspire = With(
        ("Aspire.Hosting", "13.6.5"), ("Polly.Core", "8.8.0"), ("Nerdbank.MessagePack", "1.3.88"));

    public static readonly ReferenceAssemblies DockerDotNet = With(("Docker.DotNet", "3.125.15"));

    public static readonly ReferenceAssemblies Kubernetes = With(("KubernetesClient", "21.0.8"));

    /// <summary>Testcontainers in a project that references a test framework (xunit's core assembly).</summary>
    public static readonly ReferenceAssemblies TestcontainersInTests = With(
        ("Testcontainers", "4.17.0"), ("xunit.extensibility.core", "2.9.3"));

    private static ReferenceAssemblies With(params (string Id, string Version)[] packages) =>
        ReferenceAssemblies.Net.Net80.AddPackages(
            packages.Select(p => new PackageIdentity(p.Id, p.Version)).ToImmutableArray());
}
