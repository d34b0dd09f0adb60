using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// Folds the values code passes to a container API: constants, locals assigned once, static
/// readonly fields, interpolations and concatenations of those, and the elements of lists and
/// dictionaries built in the same method. Anything else is unknown (null).
/// </summary>
internal sealed class ValueResolver
{
    private const int MaxDepth = 16;

    public ValueResolver(SemanticModel model, CancellationToken token)
    {
        Model = model;
        Token = token;
    }

    public SemanticModel Model { get; }

    public CancellationToken Token { get; }

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }

    public IOperation? Operation(SyntaxNode? node) => node is null ? null : Model.GetOperation(node, Token);

    public string? String(IOperation? operation) => String(operation, 0);

    public int? Int(IOperation? operation)
    {
        if (operation is null)
        {
            return null;
        }

        var value = Constant(operation);
        return value switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            _ => String(operation) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p)
                ? p
                : null,
        };
    }

    public bool? Bool(IOperation? operation) => operation is null ? null : Constant(operation) as bool?;

    /// <summary>The value a local or field holds where it is read, when one assignment decides it.</summary>
    public IOperation? ReachingValue(IOperation reference)
    {
        var flow = new SymbolFlow(this);
        return reference switch
        {
            ILocalReferenceOperation local => flow.LastWriteBefore(local.Local, reference.Syntax),
            IFieldReferenceOperation field => flow.LastWriteBefore(field.Field, reference.Syntax)
                ?? FieldInitializer(field.Field),
            _ => null,
        };
    }

    /// <summary>The initializer of a field declared in the tree being analysed.</summary>
    public IOperation? FieldInitializer(IFieldSymbol field)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == Model.SyntaxTree
                && reference.GetSyntax(Token) is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return Operation(value);
            }
        }

        return null;
    }

    /// <summary>The elements of a list, array or collection expression; null when they cannot all be seen.</summary>
    public List<IOperation>? Elements(IOperation? operation) => Elements(operation, 0);

    /// <summary>The key/value entries of a dictionary built in the code; null when not all are visible.</summary>
    public List<DictionaryEntry>? Entries(IOperation? operation) => Entries(operation, 0);

    private object? Constant(IOperation operation)
    {
        var unwrapped = Unwrap(operation);
        if (unwrapped.ConstantValue.HasValue)
        {
            return unwrapped.ConstantValue.Value;
        }

        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value;
        }

        if (unwrapped is ILocalReferenceOperation or IFieldReferenceOperation && ReachingValue(unwrapped) is { } value)
        {
            return Constant(value);
        }

        return null;
    }

    private string? String(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        Token.ThrowIfCancellationRequested();
        var unwrapped = Unwrap(operation);
        if (unwrapped.ConstantValue.HasValue)
        {
            return Text(unwrapped.ConstantValue.Value);
        }

        switch (unwrapped)
        {
            case ILocalReferenceOperation or IFieldReferenceOperation:
                return ReachingValue(unwrapped) is { } value ? String(value, depth + 1) : FieldLiteral(unwrapped);
            case IInterpolatedStringOperation interpolated:
                var builder = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    var piece = part switch
                    {
                        IInterpolatedStringTextOperation text => String(text.Text, depth + 1),
                        IInterpolationOperation { Alignment: null, FormatString: null } hole =>
                            String(hole.Expression, depth + 1),
                        _ => null,
                    };
                    if (piece is null)
                    {
                        return null;
                    }

                    builder.Append(piece);
                }

                return builder.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                var left = String(binary.LeftOperand, depth + 1);
                var right = left is null ? null : String(binary.RightOperand, depth + 1);
                return right is null ? null : left + right;
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance, Arguments.Length: 0 }:
                return Constant(instance) is { } c and not string ? Text(c) : String(instance, depth + 1);
            case IInvocationOperation { TargetMethod: { Name: "Concat", ContainingType.SpecialType: SpecialType.System_String } } concat:
                var joined = new StringBuilder();
                foreach (var argument in concat.Arguments)
                {
                    var piece = String(argument.Value, depth + 1);
                    if (piece is null)
                    {
                        return null;
                    }

                    joined.Append(piece);
                }

                return joined.ToString();
            default:
                return null;
        }
    }

    // A static readonly field in another file: its initializer can only be read from syntax.
    private string? FieldLiteral(IOperation reference)
    {
        if (reference is not IFieldReferenceOperation { Field: { IsReadOnly: true } field })
        {
            return null;
        }

        foreach (var declaration in field.DeclaringSyntaxReferences)
        {
            if (declaration.GetSyntax(Token) is VariableDeclaratorSyntax
                {
                    Initializer.Value: LiteralExpressionSyntax literal,
                } && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return literal.Token.ValueText;
            }
        }

        return null;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private List<IOperation>? Elements(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        var unwrapped = Unwrap(operation);
        switch (unwrapped)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.ToList();
            case IArrayCreationOperation:
                return null;
            case IObjectCreationOperation { Initializer: { } initializer } creation:
                if (creation.Arguments.Length > 0)
                {
                    return null;
                }

                var items = new List<IOperation>();
                foreach (var item in initializer.Initializers)
                {
                    if (item is not IInvocationOperation { Arguments.Length: 1 } add)
                    {
                        return null;
                    }

                    items.Add(add.Arguments[0].Value);
                }

                return items;
            case IObjectCreationOperation { Arguments.Length: 0 }:
                return new List<IOperation>();
            case IConditionalOperation conditional:
                var whenTrue = Elements(conditional.WhenTrue, depth + 1);
                var whenFalse = conditional.WhenFalse is null ? new List<IOperation>() : Elements(conditional.WhenFalse, depth + 1);
                return whenTrue is null || whenFalse is null ? null : whenTrue.Concat(whenFalse).ToList();
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
                return new List<IOperation>();
            case ILocalReferenceOperation or IFieldReferenceOperation:
                return LocalElements(unwrapped, depth);
            default:
                return CollectionExpressionElements(unwrapped.Syntax);
        }
    }

    // Collection expressions have no operation of their own in the Roslyn this targets.
    private List<IOperation>? CollectionExpressionElements(SyntaxNode syntax)
    {
        if (syntax is not CollectionExpressionSyntax collection)
        {
            return null;
        }

        var items = new List<IOperation>();
        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax expression || Operation(expression.Expression) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        return items;
    }

    private List<IOperation>? LocalElements(IOperation reference, int depth)
    {
        var flow = new SymbolFlow(this);
        var symbol = reference is ILocalReferenceOperation local ? (ISymbol)local.Local : ((IFieldReferenceOperation)reference).Field;
        var start = flow.LastWriteBefore(symbol, reference.Syntax);
        var items = start is null ? null : Elements(start, depth + 1);
        if (items is null)
        {
            return null;
        }

        foreach (var use in flow.UsesBetween(symbol, start!.Syntax, reference.Syntax))
        {
            if (use is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
            {
                items.Add(add.Arguments[0].Value);
            }
            else if (use is not null)
            {
                return null;
            }
        }

        return items;
    }

    private List<DictionaryEntry>? Entries(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        var unwrapped = Unwrap(operation);
        switch (unwrapped)
        {
            case IObjectCreationOperation creation when creation.Arguments.Length == 0
                || (creation.Arguments.Length == 1 && creation.Arguments[0].Parameter?.Type.Name == "IEqualityComparer"):
                var entries = new List<DictionaryEntry>();
                foreach (var item in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
                {
                    var entry = Entry(item);
                    if (entry is null)
                    {
                        return null;
                    }

                    entries.Add(entry);
                }

                return entries;
            case ILocalReferenceOperation or IFieldReferenceOperation:
                var flow = new SymbolFlow(this);
                var symbol = unwrapped is ILocalReferenceOperation local ? (ISymbol)local.Local : ((IFieldReferenceOperation)unwrapped).Field;
                var start = flow.LastWriteBefore(symbol, unwrapped.Syntax);
                var known = start is null ? null : Entries(start, depth + 1);
                if (known is null)
                {
                    return null;
                }

                foreach (var use in flow.UsesBetween(symbol, start!.Syntax, unwrapped.Syntax))
                {
                    var entry = use is null ? null : Entry(use);
                    if (entry is null && use is not null)
                    {
                        return null;
                    }

                    if (entry is not null)
                    {
                        known.Add(entry);
                    }
                }

                return known;
            default:
                return null;
        }
    }

    // ["K"] = v, { "K", v } and d.Add("K", v) all add one entry.
    private static DictionaryEntry? Entry(IOperation item)
    {
        switch (item)
        {
            case IExpressionStatementOperation statement:
                return Entry(statement.Operation);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                return new DictionaryEntry(indexer.Arguments[0].Value, assignment.Value, assignment.Syntax);
            case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add:
                return new DictionaryEntry(add.Arguments[0].Value, add.Arguments[1].Value, add.Syntax);
            default:
                return null;
        }
    }
}

/// <summary>One key/value pair a dictionary gets in code, and the node that adds it.</summary>
internal sealed class DictionaryEntry
{
    public DictionaryEntry(IOperation key, IOperation value, SyntaxNode syntax)
    {
        Key = key;
        Value = value;
        Syntax = syntax;
    }

    public IOperation Key { get; }

    public IOperation Value { get; }

    public SyntaxNode Syntax { get; }
}
