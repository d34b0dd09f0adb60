using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RegistryConfigAnalyzers.Analyzers.Recognition;
using RegistryConfigAnalyzers.Engine.Images;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// RCA0504: a Testcontainers <c>With*</c> call on a registry builder used as a statement. The
/// builder is immutable, so the setting (often the auth it seems to add) is lost.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DroppedBuilderResultAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = Descriptors.Get(RuleIds.DroppedBuilderResult);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Without Testcontainers' builders in any assembly no call can be one of theirs.
            if (SharedRecognition.For(start.Compilation, start.Options).Apis.Testcontainers)
            {
                start.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ExpressionStatement);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var statement = (ExpressionStatementSyntax)context.Node;
        if (statement.Expression is not InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name },
            } invocation
            || !name.StartsWith("With", System.StringComparison.Ordinal))
        {
            return;
        }

        var resolver = new ValueResolver(context.SemanticModel, context.CancellationToken);
        if (resolver.Operation(invocation) is not IInvocationOperation call
            || !TestcontainersRecognizer.IsBuilder(call.TargetMethod.ContainingType)
            || !TestcontainersRecognizer.IsBuilder(call.Type))
        {
            return;
        }

        var steps = new List<IOperation>();
        if (!TestcontainersRecognizer.Collect(call, steps, resolver, 0) || !IsRegistry(steps, resolver))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, Spans.Call(invocation),
            $"The result of {name} is dropped; Testcontainers builders are immutable, so assign it or chain the call"));
    }

    private static bool IsRegistry(List<IOperation> steps, ValueResolver resolver)
    {
        RegistryImage? image = null;
        foreach (var step in steps)
        {
            var argument = step switch
            {
                IObjectCreationOperation { Arguments.Length: > 0 } creation => creation.Arguments[0].Value,
                IInvocationOperation { TargetMethod.Name: "WithImage", Arguments.Length: 1 } withImage => withImage.Arguments[0].Value,
                _ => null,
            };
            if (argument is not null)
            {
                image = TestcontainersRecognizer.ResolveImage(argument, resolver);
            }
        }

        return image is { IsDistributionRegistry: true };
    }
}
