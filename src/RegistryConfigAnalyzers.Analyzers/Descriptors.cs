using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>The Roslyn face of every rule in the engine's catalog, code-only rules included.</summary>
internal static class Descriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        RuleCatalog.All.Select(FromCatalog).ToDictionary(d => d.Id);

    /// <summary>Every rule the engine reports, for the analyzers that relay its findings.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> EngineRules =
        RuleCatalog.All.Where(r => !IsCodeRule(r.Id)).Select(r => ById[r.Id]).ToImmutableArray();

    public static DiagnosticDescriptor Get(string id) => ById[id];

    public static IEnumerable<DiagnosticDescriptor> CodeOnly => RuleCatalog.All.Where(r => IsCodeRule(r.Id)).Select(r => ById[r.Id]);

    private static bool IsCodeRule(string id) => id.StartsWith("RCA05", System.StringComparison.Ordinal);

    public static DiagnosticSeverity ToRoslyn(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => DiagnosticSeverity.Error,
        FindingSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor FromCatalog(RuleDescriptor rule) =>
        new(rule.Id, rule.Title, "{0}", rule.Category, ToRoslyn(rule.DefaultSeverity), isEnabledByDefault: true,
            description: rule.Description, helpLinkUri: rule.HelpUri);
}
