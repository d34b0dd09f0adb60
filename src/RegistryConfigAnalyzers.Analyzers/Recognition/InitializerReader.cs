using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>Reads <c>new T { Property = value }</c> initializers, also when they are nested.</summary>
internal static class InitializerReader
{
    /// <summary>The object creation behind a value, following a local assigned once.</summary>
    public static IObjectCreationOperation? Creation(IOperation? value, ValueResolver resolver)
    {
        if (value is null)
        {
            return null;
        }

        var operation = ValueResolver.Unwrap(value);
        if (operation is ILocalReferenceOperation && resolver.ReachingValue(operation) is { } assigned)
        {
            operation = ValueResolver.Unwrap(assigned);
        }

        return operation as IObjectCreationOperation;
    }

    /// <summary>The assignments of an initializer by property name; the last one wins.</summary>
    public static Dictionary<string, ISimpleAssignmentOperation> Members(IObjectCreationOperation? creation)
    {
        var members = new Dictionary<string, ISimpleAssignmentOperation>();
        foreach (var item in creation?.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                members[property.Property.Name] = assignment;
            }
        }

        return members;
    }

    /// <summary>
    /// A collection property set either by assignment (<c>Env = [..]</c>) or by a nested collection
    /// initializer (<c>Env = { .. }</c>, which adds to the existing list).
    /// </summary>
    public static List<IOperation>? CollectionMember(IObjectCreationOperation creation, string name, ValueResolver resolver)
    {
        foreach (var item in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation p } assignment when p.Property.Name == name:
                    return resolver.Elements(assignment.Value);
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation p } nested
                    when p.Property.Name == name:
                    var added = new List<IOperation>();
                    foreach (var element in nested.Initializer.Initializers)
                    {
                        if (element is not IInvocationOperation { Arguments.Length: 1 } add)
                        {
                            return null;
                        }

                        added.Add(add.Arguments[0].Value);
                    }

                    return added;
            }
        }

        return new List<IOperation>();
    }

    /// <summary>Whether the initializer sets the property at all.</summary>
    public static bool Sets(IObjectCreationOperation creation, string name) =>
        (creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>()).Any(item => item switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation p } => p.Property.Name == name,
            IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation p } => p.Property.Name == name,
            _ => false,
        });
}
