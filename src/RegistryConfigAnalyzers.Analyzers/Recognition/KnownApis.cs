using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// Which of the APIs that start a registry a compilation can see. Each recognizer checks the
/// namespace of the symbol it binds to, so where that namespace or type is in no assembly (the
/// project's own included) the recognizer cannot succeed, and its candidates need not be bound.
/// </summary>
internal sealed class KnownApis
{
    public KnownApis(Compilation compilation)
    {
        // Each assembly on its own: a reference under an extern alias is not in the merged
        // global namespace, but the recognizers, which compare names, still accept its types.
        var roots = new List<INamespaceSymbol> { compilation.Assembly.GlobalNamespace };
        roots.AddRange(compilation.SourceModule.ReferencedAssemblySymbols.Select(a => a.GlobalNamespace));

        Testcontainers = roots.Any(r =>
            HasType(r, "DotNet.Testcontainers.Builders", "ContainerBuilder", "AbstractBuilder"));
        Aspire = roots.Any(r => Namespace(r, "Aspire.Hosting") is not null);
        DockerDotNet = roots.Any(r => HasType(r, "Docker.DotNet.Models", "CreateContainerParameters"));
        Kubernetes = roots.Any(r => HasType(r, "k8s.Models", "V1Container"));
        Process = roots.Any(r => Namespace(r, "System.Diagnostics") is { } diagnostics
            && diagnostics.GetTypeMembers("ProcessStartInfo").Length > 0);
    }

    public bool Testcontainers { get; }

    public bool Aspire { get; }

    public bool DockerDotNet { get; }

    public bool Kubernetes { get; }

    public bool Process { get; }

    public bool Any => Testcontainers || Aspire || DockerDotNet || Kubernetes || Process;

    /// <summary>Whether a namespace is the one a dotted name spells, without building its name.</summary>
    public static bool IsNamespace(INamespaceSymbol? symbol, string dotted)
    {
        var end = dotted.Length;
        for (var current = symbol; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var name = current.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is null or { IsGlobalNamespace: true };
            }

            if (dotted[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }

    // Nested types count: those recognizers compare only a type's name and its namespace.
    private static bool HasType(INamespaceSymbol root, string dotted, params string[] names) =>
        Namespace(root, dotted) is { } found
        && (names.Any(n => found.GetTypeMembers(n).Length > 0) || found.GetTypeMembers().Any(t => Nests(t, names)));

    private static bool Nests(INamedTypeSymbol type, string[] names) =>
        type.GetTypeMembers().Any(nested => names.Contains(nested.Name) || Nests(nested, names));

    private static INamespaceSymbol? Namespace(INamespaceSymbol root, string dotted)
    {
        INamespaceSymbol? current = root;
        foreach (var part in dotted.Split('.'))
        {
            current = current.GetMembers(part).OfType<INamespaceSymbol>().FirstOrDefault();
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
