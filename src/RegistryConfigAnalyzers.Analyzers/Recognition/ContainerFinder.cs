using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Model;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// What the container analyzers share for one compilation: the project's files, whether it is a
/// test project, and which diagnostics were already reported (two Build() calls on one builder
/// are two containers with the same settings).
/// </summary>
internal sealed class ContainerScope
{
    private static readonly string[] TestFrameworks =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework", "TUnit.Core",
    };

    private readonly ConcurrentDictionary<string, byte> _reported = new();

    public ContainerScope(Compilation compilation, AnalyzerOptions options)
    {
        Files = new ConfigFiles(options);
        IsTestProject = compilation.ReferencedAssemblyNames.Any(a => TestFrameworks.Contains(a.Name));
    }

    public ConfigFiles Files { get; }

    public bool IsTestProject { get; }


    public void Report(System.Action<Diagnostic> report, Diagnostic diagnostic)
    {
        var key = diagnostic.Id + "|" + diagnostic.Location.SourceTree?.FilePath + "|" + diagnostic.Location.SourceSpan
            + "|" + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (_reported.TryAdd(key, 0))
        {
            report(diagnostic);
        }
    }
}

/// <summary>Finds the registry container a syntax node starts, whichever API it uses.</summary>
internal static class ContainerFinder
{
    public static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression,
    };

    /// <summary>
    /// Every container a code block starts. A block is the unit so that what a container's
    /// calls spread over several statements is reported from the block that holds them all.
    /// </summary>
    public static System.Collections.Generic.IEnumerable<RegistryContainer> FindAll(CodeBlockAnalysisContext context,
        ContainerScope scope)
    {
        foreach (var node in context.CodeBlock.DescendantNodesAndSelf())
        {
            if (System.Array.IndexOf(Kinds, node.Kind()) >= 0
                && Find(node, context.SemanticModel, scope, context.CancellationToken) is { } container)
            {
                yield return container;
            }
        }
    }

    public static RegistryContainer? Find(SyntaxNode node, SemanticModel model, ContainerScope scope,
        System.Threading.CancellationToken token)
    {
        var resolver = new ValueResolver(model, token);
        RegistryContainer? container = null;
        switch (node)
        {
            case InvocationExpressionSyntax invocation when TestcontainersRecognizer.IsCandidate(invocation):
                container = TestcontainersRecognizer.Recognize(invocation, resolver);
                break;
            case InvocationExpressionSyntax invocation when AspireRecognizer.IsCandidate(invocation):
                container = AspireRecognizer.Recognize(invocation, resolver);
                break;
            case BaseObjectCreationExpressionSyntax creation:
                if (ProcessRecognizer.IsCandidate(creation))
                {
                    return ProcessRecognizer.Recognize(creation, resolver, scope.Files, token);
                }

                if (DockerDotNetRecognizer.IsCandidate(creation))
                {
                    container = DockerDotNetRecognizer.Recognize(creation, resolver);
                }

                if (container is null && KubernetesRecognizer.IsCandidate(creation))
                {
                    container = KubernetesRecognizer.Recognize(creation, resolver);
                }

                break;
        }

        if (container is not null)
        {
            ConfigPaths.Resolve(container, scope.Files, token);
        }

        return container;
    }
}
