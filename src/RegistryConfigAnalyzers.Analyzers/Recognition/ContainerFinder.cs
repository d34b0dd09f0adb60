using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Model;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// What one container analyzer keeps for one compilation: what every container analyzer of the
/// compilation shares, and which diagnostics it already reported (two Build() calls on one
/// builder are two containers with the same settings).
/// </summary>
internal sealed class ContainerScope
{
    private readonly ConcurrentDictionary<string, byte> _reported = new();

    public ContainerScope(Compilation compilation, AnalyzerOptions options)
    {
        Shared = SharedRecognition.For(compilation, options);
    }

    public SharedRecognition Shared { get; }

    public ConfigFiles Files => Shared.Files;

    public bool IsTestProject => Shared.IsTestProject;

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

/// <summary>
/// What the four container analyzers of one compilation share, so that each candidate is bound
/// and recognised once rather than once per analyzer: the APIs the compilation can see, the
/// project's files, whether it is a test project, and the container each candidate starts.
/// </summary>
internal sealed class SharedRecognition
{
    private static readonly string[] TestFrameworks =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "MSTest.TestFramework", "TUnit.Core",
    };

    private static readonly ConditionalWeakTable<Compilation, SharedRecognition> PerCompilation = new();

    private readonly ConcurrentDictionary<SyntaxNode, Lazy<RegistryContainer?>> _containers = new();

    private SharedRecognition(Compilation compilation, AnalyzerOptions options)
    {
        Options = options;
        Apis = new KnownApis(compilation);
        Files = new ConfigFiles(options);
        IsTestProject = compilation.ReferencedAssemblyNames.Any(a => TestFrameworks.Contains(a.Name));
    }

    public AnalyzerOptions Options { get; }

    public KnownApis Apis { get; }

    public ConfigFiles Files { get; }

    public bool IsTestProject { get; }

    public static SharedRecognition For(Compilation compilation, AnalyzerOptions options)
    {
        var shared = PerCompilation.GetValue(compilation, c => new SharedRecognition(c, options));

        // A host may hand analyzers of one compilation different options; what is found with
        // other additional files is not shared.
        return SameFiles(shared.Options, options) ? shared : new SharedRecognition(compilation, options);
    }

    public RegistryContainer? Find(SyntaxNode candidate, SemanticModel model, CancellationToken token)
    {
        var lazy = _containers.GetOrAdd(candidate,
            node => new Lazy<RegistryContainer?>(() => ContainerFinder.Find(node, model, this, token)));
        try
        {
            return lazy.Value;
        }
        catch (OperationCanceledException)
        {
            // The analyzer that started the work was cancelled; the next one starts afresh.
            ((ICollection<KeyValuePair<SyntaxNode, Lazy<RegistryContainer?>>>)_containers)
                .Remove(new KeyValuePair<SyntaxNode, Lazy<RegistryContainer?>>(candidate, lazy));
            if (token.IsCancellationRequested)
            {
                throw;
            }

            return ContainerFinder.Find(candidate, model, this, token);
        }
    }

    private static string? ProjectDirectory(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.projectdir", out var directory)
            ? directory
            : null;

    private static bool SameFiles(AnalyzerOptions first, AnalyzerOptions second)
    {
        if (ReferenceEquals(first, second))
        {
            return true;
        }

        return ProjectDirectory(first) == ProjectDirectory(second)
            && first.AdditionalFiles.SequenceEqual(second.AdditionalFiles);
    }
}

/// <summary>Finds the registry container a syntax node starts, whichever API it uses.</summary>
internal static class ContainerFinder
{
    /// <summary>
    /// Registers <paramref name="analyze"/> for every container a code block starts, and nothing
    /// when the compilation has none of the APIs that start one. The compiler hands over
    /// candidate nodes by kind (no walk of our own); they are judged when the block ends, so that
    /// a container whose calls are spread over several statements is reported from the block
    /// that holds them all, which keeps the diagnostics local and fixable.
    /// </summary>
    public static void Register(CompilationStartAnalysisContext start, ContainerScope scope,
        Action<RegistryContainer, Action<Diagnostic>, CancellationToken> analyze)
    {
        var apis = scope.Shared.Apis;
        var kinds = Kinds(apis);
        if (kinds.Length == 0)
        {
            return;
        }

        start.RegisterCodeBlockStartAction<SyntaxKind>(block =>
        {
            List<SyntaxNode>? candidates = null;
            block.RegisterSyntaxNodeAction(node =>
            {
                if (IsCandidate(node.Node, apis))
                {
                    (candidates ??= new List<SyntaxNode>()).Add(node.Node);
                }
            }, kinds);
            block.RegisterCodeBlockEndAction(end =>
            {
                if (candidates is null)
                {
                    return;
                }

                foreach (var candidate in candidates)
                {
                    if (scope.Shared.Find(candidate, end.SemanticModel, end.CancellationToken) is { } container)
                    {
                        analyze(container, diagnostic => scope.Report(end.ReportDiagnostic, diagnostic), end.CancellationToken);
                    }
                }
            });
        });
    }

    // Only the node kinds of the APIs the compilation has: an implicit `new() { ... }` is a
    // candidate for Docker.DotNet and Kubernetes alone, and ordinary code is full of them.
    private static SyntaxKind[] Kinds(KnownApis apis)
    {
        var kinds = new List<SyntaxKind>();
        if (apis.Testcontainers || apis.Aspire)
        {
            kinds.Add(SyntaxKind.InvocationExpression);
        }

        if (apis.Process || apis.DockerDotNet || apis.Kubernetes)
        {
            kinds.Add(SyntaxKind.ObjectCreationExpression);
        }

        if (apis.DockerDotNet || apis.Kubernetes)
        {
            kinds.Add(SyntaxKind.ImplicitObjectCreationExpression);
        }

        return kinds.ToArray();
    }

    private static bool IsCandidate(SyntaxNode node, KnownApis apis) => node switch
    {
        InvocationExpressionSyntax invocation =>
            (apis.Testcontainers && TestcontainersRecognizer.IsCandidate(invocation)
                && !TestcontainersRecognizer.StartsAnotherImage(invocation))
            || (apis.Aspire && AspireRecognizer.IsCandidate(invocation)),
        BaseObjectCreationExpressionSyntax creation => (apis.Process && ProcessRecognizer.IsCandidate(creation))
            || (apis.DockerDotNet && DockerDotNetRecognizer.IsCandidate(creation))
            || (apis.Kubernetes && KubernetesRecognizer.IsCandidate(creation)),
        _ => false,
    };

    /// <summary>Recognises a candidate; <see cref="SharedRecognition.Find"/> calls it once per candidate.</summary>
    public static RegistryContainer? Find(SyntaxNode node, SemanticModel model, SharedRecognition shared,
        CancellationToken token)
    {
        var apis = shared.Apis;
        var resolver = new ValueResolver(model, token);
        RegistryContainer? container = null;
        switch (node)
        {
            case InvocationExpressionSyntax invocation
                when apis.Testcontainers && TestcontainersRecognizer.IsCandidate(invocation):
                container = TestcontainersRecognizer.Recognize(invocation, resolver);
                break;
            case InvocationExpressionSyntax invocation when apis.Aspire && AspireRecognizer.IsCandidate(invocation):
                container = AspireRecognizer.Recognize(invocation, resolver);
                break;
            case BaseObjectCreationExpressionSyntax creation:
                if (apis.Process && ProcessRecognizer.IsCandidate(creation))
                {
                    return ProcessRecognizer.Recognize(creation, resolver, shared.Files, token);
                }

                if (apis.DockerDotNet && DockerDotNetRecognizer.IsCandidate(creation))
                {
                    container = DockerDotNetRecognizer.Recognize(creation, resolver);
                }

                if (container is null && apis.Kubernetes && KubernetesRecognizer.IsCandidate(creation))
                {
                    container = KubernetesRecognizer.Recognize(creation, resolver);
                }

                break;
        }

        if (container is null)
        {
            return null;
        }

        // A container that runs garbage-collect or help never listens: there is no server to judge.
        ConfigPaths.Resolve(container, shared.Files, token);
        return container.Launch?.Kind == LaunchKind.NotServing ? null : container;
    }
}
