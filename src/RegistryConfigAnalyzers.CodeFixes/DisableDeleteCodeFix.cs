using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using RegistryConfigAnalyzers.Analyzers;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.CodeFixes;

/// <summary>Turns off the deletes that the registry:3 image's config turns on, for a Testcontainers or Aspire registry.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DisableDeleteCodeFix)), Shared]
public sealed class DisableDeleteCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "DisableDelete";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.AnonymousDelete);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ContainerJudge.AtImageProperty, out _)
                || !diagnostic.Properties.TryGetValue(ContainerJudge.HostProperty, out var host)
                || host is not ("Testcontainers" or "Aspire"))
            {
                continue;
            }

            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            var image = root!.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (ChainEdits.BuilderAt(image, model!, context.CancellationToken) is not { } builder)
            {
                continue;
            }

            var calls = new[] { ChainEdits.Environment("REGISTRY_STORAGE_DELETE_ENABLED", "false") };
            context.RegisterCodeFix(
                CodeAction.Create("Turn deletes off",
                    token => ChainEdits.AppendAsync(context.Document, builder, calls, token), EquivalenceKey),
                diagnostic);
        }
    }
}
