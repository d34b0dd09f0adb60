using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using RegistryConfigAnalyzers.Analyzers;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.CodeFixes;

/// <summary>
/// Adds htpasswd auth to a Testcontainers or Aspire registry that the image's config leaves open:
/// the three variables and a mount of <c>./registry-auth</c> on <c>/auth</c>, where the
/// bcrypt <c>htpasswd</c> file goes (<c>htpasswd -Bbn user password &gt; registry-auth/htpasswd</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHtpasswdAuthCodeFix)), Shared]
public sealed class AddHtpasswdAuthCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "AddHtpasswdAuth";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.AnonymousAccess, RuleIds.AnonymousDelete);

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
            var builder = ChainEdits.BuilderAt(image, model!, context.CancellationToken);
            if (builder is null)
            {
                continue;
            }

            var mount = host == "Aspire"
                ? "WithBindMount(\"./registry-auth\", \"/auth\", isReadOnly: true)"
                : "WithBindMount(System.IO.Path.GetFullPath(\"registry-auth\"), \"/auth\")";
            var calls = new[]
            {
                ChainEdits.Environment("REGISTRY_AUTH", "htpasswd"),
                ChainEdits.Environment("REGISTRY_AUTH_HTPASSWD_REALM", "Registry Realm"),
                ChainEdits.Environment("REGISTRY_AUTH_HTPASSWD_PATH", "/auth/htpasswd"),
                mount,
            };
            context.RegisterCodeFix(
                CodeAction.Create("Add htpasswd auth (reads registry-auth/htpasswd)",
                    token => ChainEdits.AppendAsync(context.Document, builder, calls, token), EquivalenceKey),
                diagnostic);
        }
    }
}
