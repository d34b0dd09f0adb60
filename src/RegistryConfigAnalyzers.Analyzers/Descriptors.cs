using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>The Roslyn face of every rule: the engine's catalog plus the code-only rules.</summary>
internal static class Descriptors
{
    private const string Security = "Security";
    private const string Correctness = "Correctness";

    private static readonly DiagnosticDescriptor[] CodeRules =
    {
        Create(CodeRuleIds.PortOnAllInterfaces, "The registry's port is published on every host interface",
            DiagnosticSeverity.Warning, Security,
            "The container's port is bound on 0.0.0.0 and ::, so every network the host is on reaches the registry. " +
            "A random host port in a test project is reported as a suggestion only."),
        Create(CodeRuleIds.ExternalEndpoint, "The registry is exposed beyond the host without auth",
            DiagnosticSeverity.Error, Security,
            "The endpoint is marked external, so a publish or deployment makes it reachable from outside, " +
            "and the registry lets anyone pull and push."),
        Create(CodeRuleIds.HardCodedSecret, "A registry secret is written in the source",
            DiagnosticSeverity.Warning, Security,
            "The value of a REGISTRY_* secret (http.secret, storage or proxy credentials) is a constant in the code; " +
            "read it from configuration or the environment instead."),
        Create(CodeRuleIds.DebugPortPublished, "The registry's debug port is published",
            DiagnosticSeverity.Warning, Security,
            "The debug server (pprof, expvar, metrics) has no auth; publishing its port lets anyone who reaches " +
            "the host read it."),
        Create(CodeRuleIds.DroppedBuilderResult, "A Testcontainers builder call has no effect",
            DiagnosticSeverity.Warning, Correctness,
            "Testcontainers builders are immutable: each With* call returns a new builder, so a call whose result " +
            "is dropped changes nothing."),
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        RuleCatalog.All.Select(FromCatalog).Concat(CodeRules).ToDictionary(d => d.Id);

    /// <summary>Every rule the engine reports, for the analyzers that relay its findings.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> EngineRules =
        RuleCatalog.All.Select(r => ById[r.Id]).ToImmutableArray();

    public static DiagnosticDescriptor Get(string id) => ById[id];

    public static IEnumerable<DiagnosticDescriptor> CodeOnly => CodeRules;

    public static DiagnosticSeverity ToRoslyn(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => DiagnosticSeverity.Error,
        FindingSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor FromCatalog(RuleDescriptor rule) =>
        new(rule.Id, rule.Title, "{0}", rule.Category, ToRoslyn(rule.DefaultSeverity), isEnabledByDefault: true,
            description: rule.Description, helpLinkUri: rule.HelpUri);

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity, string category,
        string description) =>
        new(id, title, "{0}", category, severity, isEnabledByDefault: true, description: description,
            helpLinkUri: RuleCatalog.HelpUriBase + id + ".md");
}
