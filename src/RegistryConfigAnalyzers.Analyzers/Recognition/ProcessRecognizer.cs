using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegistryConfigAnalyzers.Analyzers.Model;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// <c>ProcessStartInfo</c> that runs the registry binary itself (<c>registry serve cfg.yml</c>),
/// with the environment set on it in the initializer and later in the same method.
/// </summary>
internal static class ProcessRecognizer
{
    public static bool IsCandidate(BaseObjectCreationExpressionSyntax creation) =>
        creation is ObjectCreationExpressionSyntax { Type: var type }
        && DockerDotNetRecognizer.RightmostName(type) == "ProcessStartInfo";

    public static RegistryContainer? Recognize(BaseObjectCreationExpressionSyntax syntax, ValueResolver resolver,
        ConfigFiles files, System.Threading.CancellationToken token)
    {
        if (resolver.Operation(syntax) is not IObjectCreationOperation creation
            || creation.Type?.ToDisplayString() != "System.Diagnostics.ProcessStartInfo")
        {
            return null;
        }

        var members = InitializerReader.Members(creation);
        var fileName = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "fileName")?.Value
            ?? (members.TryGetValue("FileName", out var f) ? f.Value : null);
        if (fileName is null || !IsRegistryBinary(resolver.String(fileName)))
        {
            return null;
        }

        var arguments = new List<string?>();
        var argumentText = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "arguments")?.Value
            ?? (members.TryGetValue("Arguments", out var a) ? a.Value : null);
        if (argumentText is not null)
        {
            var text = resolver.String(argumentText);
            arguments.AddRange(text is null ? new string?[] { null } : CommandLine.Split(text));
        }

        arguments.AddRange((InitializerReader.CollectionMember(creation, "ArgumentList", resolver) ?? new()).Select(resolver.String));

        var container = new RegistryContainer(ContainerHost.Process, null, fileName.Syntax.GetLocation()) { FixTarget = syntax };
        ReadEnvironmentInitializer(creation, container, resolver);
        ReadLaterStatements(syntax, container, arguments, resolver);

        // "serve", or a variable only the registry reads, tells it from other programs that happen
        // to be called registry.
        var launch = arguments.Count == 0 ? null : Launch.Binary(arguments, container.Environment);
        var serves = launch?.Kind == LaunchKind.Serve;
        if (launch?.Kind == LaunchKind.NotServing
            || (!serves && !container.Environment.Any(e => EnvironmentNames.IsRegistrySetting(e.Name))))
        {
            return null;
        }

        container.Launch = launch;
        var file = serves ? files.Find(launch!.ConfigPath!) : null;
        var configText = file is null ? null : ConfigFiles.Read(file, token);
        container.Config = file is not null && configText is not null ? ConfigSource.FromFile(file.Path, configText) : ConfigSource.Unknown;
        container.ConfigLocation = argumentText?.Syntax.GetLocation();
        return container;
    }

    private static bool IsRegistryBinary(string? fileName)
    {
        if (fileName is null)
        {
            return false;
        }

        var name = fileName.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1);
        if (name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(0, name.Length - 4);
        }

        // Debian ships the binary as docker-registry.
        return name is "registry" or "docker-registry";
    }

    private static void ReadEnvironmentInitializer(IObjectCreationOperation creation, RegistryContainer container,
        ValueResolver resolver)
    {
        foreach (var item in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (item is not IMemberInitializerOperation
                {
                    InitializedMember: IPropertyReferenceOperation { Property.Name: "Environment" or "EnvironmentVariables" },
                } nested)
            {
                continue;
            }

            foreach (var element in nested.Initializer.Initializers)
            {
                AddEntry(element, container, resolver);
            }
        }
    }

    private static void ReadLaterStatements(BaseObjectCreationExpressionSyntax syntax, RegistryContainer container,
        List<string?> arguments, ValueResolver resolver)
    {
        if (syntax.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || resolver.Model.GetDeclaredSymbol(declarator, resolver.Token) is not ILocalSymbol local)
        {
            return;
        }

        var flow = new SymbolFlow(resolver);
        foreach (var reference in flow.References(local, declarator))
        {
            if (reference.Parent is not MemberAccessExpressionSyntax access || access.Expression != reference)
            {
                continue;
            }

            var member = access.Name.Identifier.ValueText;
            var user = access.Parent is ElementAccessExpressionSyntax element ? element.Parent : access.Parent?.Parent;
            var operation = user is null ? null : resolver.Operation(user);
            if (member is "Environment" or "EnvironmentVariables")
            {
                AddEntry(operation, container, resolver);
            }
            else if (member == "ArgumentList" && operation is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
            {
                arguments.Add(resolver.String(add.Arguments[0].Value));
            }
        }
    }

    private static void AddEntry(IOperation? operation, RegistryContainer container, ValueResolver resolver)
    {
        (IOperation Key, IOperation Value)? entry = operation switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment =>
                (indexer.Arguments[0].Value, assignment.Value),
            IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add =>
                (add.Arguments[0].Value, add.Arguments[1].Value),
            _ => null,
        };
        if (entry is null)
        {
            return;
        }

        var name = resolver.String(entry.Value.Key);
        if (name is null)
        {
            container.EnvironmentIncomplete = true;
            return;
        }

        var value = resolver.String(entry.Value.Value);
        container.Environment.Add(new EnvSetting(name, value, operation!.Syntax.GetLocation(),
            entry.Value.Value.Syntax.GetLocation(), value is not null));
    }
}
