using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// Follows a local or field through the one method that uses it, in source order: which
/// assignment reaches a read, and what is done to it in between. Branches are not told apart:
/// the last assignment written before a read is the one taken.
/// </summary>
internal sealed class SymbolFlow
{
    private readonly ValueResolver _resolver;

    public SymbolFlow(ValueResolver resolver)
    {
        _resolver = resolver;
    }

    /// <summary>The member body that holds <paramref name="node"/> (a method, accessor, or the top-level statements).</summary>
    public static SyntaxNode? Scope(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax:
                case PropertyDeclarationSyntax or IndexerDeclarationSyntax or FieldDeclarationSyntax:
                    return ancestor;
                case GlobalStatementSyntax global:
                    return global.Parent;
            }
        }

        return null;
    }

    /// <summary>Every read or write of <paramref name="symbol"/> in the scope of <paramref name="at"/>, in source order.</summary>
    public IEnumerable<IdentifierNameSyntax> References(ISymbol symbol, SyntaxNode at)
    {
        var origin = symbol is ILocalSymbol
            ? symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_resolver.Token) ?? at
            : at;
        var scope = Scope(origin);
        if (scope is null || scope.SyntaxTree != _resolver.Model.SyntaxTree)
        {
            yield break;
        }

        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == symbol.Name
                && SymbolEqualityComparer.Default.Equals(_resolver.Model.GetSymbolInfo(name, _resolver.Token).Symbol, symbol))
            {
                yield return name;
            }
        }
    }

    /// <summary>The value of the last assignment to <paramref name="symbol"/> that ends before <paramref name="use"/>.</summary>
    public IOperation? LastWriteBefore(ISymbol symbol, SyntaxNode use)
    {
        SyntaxNode? value = null;
        if (symbol is ILocalSymbol)
        {
            var declarator = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_resolver.Token) as VariableDeclaratorSyntax;
            if (declarator?.Initializer is { } initializer && declarator.Span.End <= use.SpanStart)
            {
                value = initializer.Value;
            }
        }

        foreach (var reference in References(symbol, use))
        {
            if (reference.SpanStart >= use.SpanStart)
            {
                break;
            }

            if (AssignmentOf(reference) is { } assignment && assignment.Span.End <= use.SpanStart)
            {
                value = assignment.Right;
            }
        }

        return value is null ? null : _resolver.Operation(value);
    }

    /// <summary>
    /// What is done to <paramref name="symbol"/> between two nodes: the invocation or indexer
    /// assignment on it, or null for a use that may change it in a way not followed
    /// (passed to a method, captured). Plain reads are skipped.
    /// </summary>
    public IEnumerable<IOperation?> UsesBetween(ISymbol symbol, SyntaxNode from, SyntaxNode to)
    {
        foreach (var reference in References(symbol, to))
        {
            if (reference.SpanStart < from.Span.End)
            {
                continue;
            }

            if (reference.SpanStart >= to.SpanStart)
            {
                yield break;
            }

            var (harmless, use) = UseOf(reference);
            if (!harmless)
            {
                yield return use;
            }
        }
    }

    private (bool Harmless, IOperation? Use) UseOf(IdentifierNameSyntax reference)
    {
        SyntaxNode node = reference;
        if (node.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess && thisAccess.Name == node)
        {
            node = thisAccess;
        }

        switch (node.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Expression == node:
                if (access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access)
                {
                    return (false, _resolver.Operation(invocation));
                }

                var written = access.Parent is AssignmentExpressionSyntax assigned && assigned.Left == access;
                return (!written, null);
            case ElementAccessExpressionSyntax element when element.Expression == node:
                return element.Parent is AssignmentExpressionSyntax assignment && assignment.Left == element
                    ? (false, _resolver.Operation(assignment))
                    : (true, null);
            case AssignmentExpressionSyntax target when target.Left == node:
                return (false, null);
            case ArgumentSyntax:
                return (false, null);
            default:
                return (true, null);
        }
    }

    private static AssignmentExpressionSyntax? AssignmentOf(IdentifierNameSyntax reference)
    {
        SyntaxNode node = reference;
        if (node.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == node)
        {
            node = access;
        }

        return node.Parent is AssignmentExpressionSyntax assignment
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && assignment.Left == node
                ? assignment
                : null;
    }
}
