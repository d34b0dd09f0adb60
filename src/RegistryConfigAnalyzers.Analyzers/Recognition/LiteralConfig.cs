using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegistryConfigAnalyzers.Analyzers.Literals;
using RegistryConfigAnalyzers.Analyzers.Model;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>A config a container gets from a C# string, kept with its map into the source.</summary>
internal static class LiteralConfig
{
    public static ConfigSource? From(IOperation value, ValueResolver resolver)
    {
        var operation = ValueResolver.Unwrap(value);
        if (operation is Microsoft.CodeAnalysis.Operations.ILocalReferenceOperation && resolver.ReachingValue(operation) is { } assigned)
        {
            operation = ValueResolver.Unwrap(assigned);
        }

        if (operation.Syntax is not ExpressionSyntax expression)
        {
            return null;
        }

        var literal = LiteralReader.Read(expression, resolver.Model, resolver.Token);
        return literal is null ? null : ConfigSource.FromLiteral(literal);
    }
}
