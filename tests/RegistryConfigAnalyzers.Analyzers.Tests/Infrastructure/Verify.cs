using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer (and a code fix) over test code compiled against the real packages.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    // Built from the id alone: the descriptors' format is "{0}", so a message is only compared
    // where a test names it.
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, new TAnalyzer().SupportedDiagnostics.First(d => d.Id == id).DefaultSeverity);

    public static Task Analyzer(string source, ReferenceAssemblies packages, params DiagnosticResult[] expected) =>
        Analyzer(source, packages, Array.Empty<(string, string)>(), expected);

    public static async Task Analyzer(string source, ReferenceAssemblies packages, (string Path, string Text)[] additionalFiles,
        params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = packages };
        foreach (var (path, text) in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add((path, text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task CodeFix<TCodeFix>(string source, string fixedSource, ReferenceAssemblies packages,
        string equivalenceKey, DiagnosticResult[] expected, params DiagnosticResult[] remaining)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = packages,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        await test.RunAsync();
    }
}
