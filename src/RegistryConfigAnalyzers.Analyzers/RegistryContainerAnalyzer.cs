using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Recognition;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// Judges every registry the code starts (Testcontainers, Aspire, Docker.DotNet, KubernetesClient,
/// the registry binary) with the engine, on the config it really runs with, and reports the
/// findings with the engine's rule ids, plus an external endpoint on a registry open to anyone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegistryContainerAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Descriptors.EngineRules.Add(Descriptors.Get(RuleIds.ExternalEndpoint));

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var scope = new ContainerScope(start.Compilation, start.Options);
            ContainerFinder.Register(start, scope, Analyze);
        });
    }

    private static void Analyze(Model.RegistryContainer container, System.Action<Diagnostic> report,
        System.Threading.CancellationToken token)
    {
        // A command the analyzer cannot follow may not run the server at all.
        if (container.LaunchUnknown)
        {
            return;
        }

        var result = ContainerJudge.Analyze(container);
        foreach (var diagnostic in ContainerJudge.Diagnose(container, result, token))
        {
            report(diagnostic);
        }

        if (container.ExternalLocation is { } external
            && (result.Verdict.AnonymousPull == true || result.Verdict.AnyHeaderAccepted == true))
        {
            report(Diagnostic.Create(Descriptors.Get(RuleIds.ExternalEndpoint), external,
                $"'{container.Describe()}' is exposed beyond the host at publish time, and it lets anyone pull and push"));
        }
    }
}
