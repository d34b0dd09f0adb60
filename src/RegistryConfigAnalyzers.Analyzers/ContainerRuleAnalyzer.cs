using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Analyzers.Recognition;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>The shared frame of the code-only rules: find each registry container, then judge it.</summary>
public abstract class ContainerRuleAnalyzer : DiagnosticAnalyzer
{
    private protected ContainerRuleAnalyzer(string id)
    {
        Rule = Descriptors.Get(id);
        SupportedDiagnostics = ImmutableArray.Create(Rule);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected DiagnosticDescriptor Rule { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var scope = new ContainerScope(start.Compilation, start.Options);
            ContainerFinder.Register(start, scope, (container, report, _) => Check(container, scope, report));
        });
    }

    private protected abstract void Check(RegistryContainer container, ContainerScope scope, System.Action<Diagnostic> report);

    /// <summary>A random host port in a test project is the throw-away fixture every suite has.</summary>
    private protected static DiagnosticSeverity Contextual(DiagnosticDescriptor rule, RegistryContainer container,
        ContainerScope scope, bool randomPort) =>
        scope.IsTestProject && randomPort && !container.Persistent ? DiagnosticSeverity.Info : rule.DefaultSeverity;

    private protected static ImmutableDictionary<string, string?> HostProperties(RegistryContainer container) =>
        ImmutableDictionary<string, string?>.Empty.Add(ContainerJudge.HostProperty, container.Host.ToString());
}
