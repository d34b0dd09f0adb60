using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Engine.Images;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// .NET Aspire: a registry is an <c>AddContainer</c> whose image is the registry. Resource builders
/// are mutable, so every call on the builder counts: the fluent chain and, when it is stored in
/// a local or field, every later call on that variable in the same method.
/// </summary>
internal static class AspireRecognizer
{
    public static bool IsCandidate(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddContainer" };

    public static RegistryContainer? Recognize(InvocationExpressionSyntax addContainer, ValueResolver resolver)
    {
        if (resolver.Operation(addContainer) is not IInvocationOperation operation || !IsAspire(operation.TargetMethod))
        {
            return null;
        }

        var image = Argument(operation, "image");
        if (image is null)
        {
            return null;
        }

        var container = new RegistryContainer(ContainerHost.Aspire, null, image.Syntax.GetLocation())
        {
            FixTarget = addContainer,
        };
        var parts = ImageParts.From(resolver.String(image));
        parts.Tag = Argument(operation, "tag") is { } tag ? resolver.String(tag) ?? ImageParts.UnknownTag : parts.Tag;

        var calls = new List<IInvocationOperation>();
        var visited = new HashSet<SyntaxNode>();
        Walk(addContainer, calls, container, resolver, visited);
        var command = new List<string?>();
        foreach (var call in calls.OrderBy(c => c.Syntax.SpanStart))
        {
            Apply(call, container, parts, command, resolver);
        }

        // Aspire pulls "latest" when no tag is given.
        container.Image = parts.Build();
        if (container.Image is not { IsDistributionRegistry: true })
        {
            return null;
        }

        container.Command = command.Count > 0 ? command : null;
        return container;
    }

    private static bool IsAspire(IMethodSymbol method) =>
        method.ContainingNamespace?.ToDisplayString() is { } ns
        && (ns == "Aspire.Hosting" || ns.StartsWith("Aspire.Hosting.", System.StringComparison.Ordinal));

    private static IOperation? Argument(IInvocationOperation call, string parameter) =>
        call.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind == ArgumentKind.Explicit)?.Value;

    // Climbs the fluent chain above a builder expression, then follows the variable it is stored in.
    private static void Walk(ExpressionSyntax builder, List<IInvocationOperation> calls, RegistryContainer container,
        ValueResolver resolver, HashSet<SyntaxNode> visited)
    {
        if (!visited.Add(builder))
        {
            return;
        }

        SyntaxNode node = builder;
        while (node.Parent is MemberAccessExpressionSyntax access && access.Expression == node
               && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access)
        {
            if (resolver.Operation(invocation) is not IInvocationOperation call)
            {
                container.EnvironmentIncomplete = true;
                return;
            }

            if (!IsAspire(call.TargetMethod))
            {
                // A helper of the project's own may add anything to the resource.
                container.EnvironmentIncomplete = true;
                return;
            }

            calls.Add(call);
            node = invocation;
        }

        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        ISymbol? stored = null;
        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                stored = resolver.Model.GetDeclaredSymbol(declarator, resolver.Token);
                break;
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                stored = resolver.Model.GetSymbolInfo(assignment.Left, resolver.Token).Symbol;
                break;
            case ArgumentSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                container.EnvironmentIncomplete = true;
                return;
        }

        if (stored is not (ILocalSymbol or IFieldSymbol))
        {
            return;
        }

        var flow = new SymbolFlow(resolver);
        foreach (var reference in flow.References(stored, node))
        {
            var isWrite = reference.Parent is AssignmentExpressionSyntax write && write.Left == reference;
            if (!isWrite && reference.SpanStart > node.SpanStart)
            {
                Walk(reference, calls, container, resolver, visited);
            }
        }
    }

    private static void Apply(IInvocationOperation call, RegistryContainer container, ImageParts parts,
        List<string?> command, ValueResolver resolver)
    {
        string? Text(string parameter) => Argument(call, parameter) is { } value ? resolver.String(value) : null;
        switch (call.TargetMethod.Name)
        {
            case "WithImage":
                var image = Argument(call, "image");
                var replaced = ImageParts.From(image is null ? null : resolver.String(image));
                parts.Domain = replaced.Domain ?? parts.Domain;
                parts.Path = replaced.Path;
                parts.Tag = Argument(call, "tag") is { } tag ? resolver.String(tag) ?? ImageParts.UnknownTag : replaced.Tag;
                parts.Digest = replaced.Digest;
                container.ImageLocation = (image ?? call).Syntax.GetLocation();
                break;
            case "WithImageTag":
                parts.Tag = Text("tag") ?? ImageParts.UnknownTag;
                break;
            case "WithImageRegistry":
                parts.Domain = Text("registry");
                break;
            case "WithImageSHA256":
                parts.Digest = Text("sha256") is { } sha ? "sha256:" + sha : null;
                break;
            case "WithEnvironment":
                AddEnvironment(call, container, resolver);
                break;
            case "WithBindMount":
                container.Mounts.Add(new Mount(Text("target"), Spans.Call(call.Syntax), Text("source"), null));
                break;
            case "WithContainerFiles":
                AddContainerFiles(call, container, resolver);
                break;
            case "WithEntrypoint":
                container.Entrypoint = new List<string?> { Text("entrypoint") };
                break;
            case "WithArgs":
                var args = call.Arguments.Length == 2 ? resolver.Elements(call.Arguments[1].Value) : null;
                if (args is null)
                {
                    command.Add(null);
                }
                else
                {
                    command.AddRange(args.Select(resolver.String));
                }

                break;
            case "WithHttpEndpoint" or "WithHttpsEndpoint" or "WithEndpoint":
                AddEndpoint(call, container, resolver);
                break;
            case "WithExternalHttpEndpoints":
                container.ExternalLocation ??= Spans.Call(call.Syntax);
                break;
            case "WithLifetime" when Argument(call, "lifetime") is IFieldReferenceOperation { Field.Name: "Persistent" }:
                container.Persistent = true;
                break;
        }
    }

    private static void AddEnvironment(IInvocationOperation call, RegistryContainer container, ValueResolver resolver)
    {
        var parameters = call.TargetMethod.Parameters;
        if (parameters.Length == 2 && Argument(call, "callback") is { } callback)
        {
            AddEnvironmentCallback(callback, container, resolver);
            return;
        }

        var nameArgument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1);
        var valueArgument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 2);
        var name = nameArgument is null ? null : resolver.String(nameArgument.Value);
        if (name is null || valueArgument is null)
        {
            container.EnvironmentIncomplete = true;
            return;
        }

        // Only the string overload carries a value written here; parameters, references and
        // expressions are resolved by Aspire at run time.
        var isString = valueArgument.Parameter!.Type.SpecialType == SpecialType.System_String;
        var value = isString ? resolver.String(valueArgument.Value) : null;
        container.Environment.Add(new EnvSetting(name, value, Spans.Call(call.Syntax),
            valueArgument.Value.Syntax.GetLocation(), isString && value is not null));
    }

    // ctx.EnvironmentVariables["K"] = v inside the callback sets K; anything else it does to
    // the variables cannot be followed.
    private static void AddEnvironmentCallback(IOperation callback, RegistryContainer container, ValueResolver resolver)
    {
        var lambda = ValueResolver.Unwrap(callback) as IDelegateCreationOperation;
        if ((lambda?.Target ?? ValueResolver.Unwrap(callback)) is not IAnonymousFunctionOperation function)
        {
            container.EnvironmentIncomplete = true;
            return;
        }

        foreach (var operation in function.Body.Descendants())
        {
            if (operation is not IPropertyReferenceOperation { Property.Name: "EnvironmentVariables" } variables)
            {
                continue;
            }

            var entry = variables.Parent switch
            {
                IPropertyReferenceOperation { Arguments.Length: 1, Parent: ISimpleAssignmentOperation assignment } indexer
                    when assignment.Target == indexer => (Key: indexer.Arguments[0].Value, Value: assignment.Value, Syntax: assignment.Syntax),
                IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add =>
                    (Key: add.Arguments[0].Value, Value: add.Arguments[1].Value, Syntax: add.Syntax),
                _ => default,
            };
            var name = entry.Key is null ? null : resolver.String(entry.Key);
            if (name is null)
            {
                container.EnvironmentIncomplete = true;
                continue;
            }

            var value = resolver.String(entry.Value);
            container.Environment.Add(new EnvSetting(name, value, entry.Syntax.GetLocation(), entry.Value.Syntax.GetLocation(),
                value is not null));
        }
    }

    private static void AddContainerFiles(IInvocationOperation call, RegistryContainer container, ValueResolver resolver)
    {
        var destination = Argument(call, "destinationPath") is { } path ? resolver.String(path) : null;
        var entries = Argument(call, "entries") is { } list ? resolver.Elements(list) : null;
        var location = Spans.Call(call.Syntax);
        if (destination is null || entries is null)
        {
            container.Mounts.Add(new Mount(destination, location, null, null));
            return;
        }

        foreach (var entry in entries)
        {
            if (ValueResolver.Unwrap(entry) is not IObjectCreationOperation { Type.Name: "ContainerFile", Initializer: { } init })
            {
                container.Mounts.Add(new Mount(destination, location, null, null));
                continue;
            }

            IOperation? Member(string property) => init.Initializers.OfType<ISimpleAssignmentOperation>()
                .FirstOrDefault(a => a.Target is IPropertyReferenceOperation p && p.Property.Name == property)?.Value;
            var name = Member("Name") is { } n ? resolver.String(n) : null;
            var contents = Member("Contents");
            var content = contents is null ? null : LiteralConfig.From(contents, resolver);
            var target = name is null ? null : destination.TrimEnd('/') + "/" + name;
            container.Mounts.Add(new Mount(target, location, null, content ?? ConfigSource.Unknown));
        }
    }

    // In run mode Aspire publishes endpoints on localhost; only a changed TargetHost leaves it,
    // and isExternal (or WithExternalHttpEndpoints) opens it at publish time.
    private static void AddEndpoint(IInvocationOperation call, RegistryContainer container, ValueResolver resolver)
    {
        var location = Spans.Call(call.Syntax);
        if (Argument(call, "isExternal") is { } external && resolver.Bool(external) == true)
        {
            container.ExternalLocation ??= location;
        }

        string? host = "localhost";
        var hostKnown = true;
        if (Argument(call, "callback") is { } callback)
        {
            foreach (var assignment in callback.Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is not IPropertyReferenceOperation property)
                {
                    continue;
                }

                if (property.Property.Name == "TargetHost")
                {
                    host = resolver.String(assignment.Value);
                    hostKnown = host is not null;
                }
                else if (property.Property.Name == "IsExternal" && resolver.Bool(assignment.Value) == true)
                {
                    container.ExternalLocation ??= location;
                }
            }
        }

        var port = Argument(call, "port") is { } p ? resolver.Int(p) : 0;
        var targetPort = Argument(call, "targetPort") is { } t ? resolver.Int(t) : null;
        container.Ports.Add(new PortPublication(targetPort, port, host, location, hostKnown));
    }

    /// <summary>An image reference kept in the pieces Aspire's builder methods replace one at a time.</summary>
    private sealed class ImageParts
    {
        public const string UnknownTag = "\0";

        public string? Domain { get; set; }

        public string? Path { get; set; }

        public string? Tag { get; set; }

        public string? Digest { get; set; }

        public static ImageParts From(string? reference)
        {
            if (!RegistryImage.TryParse(reference, out var image))
            {
                return new ImageParts();
            }

            return new ImageParts { Domain = image!.Domain, Path = image.Path, Tag = image.Tag, Digest = image.Digest };
        }

        public RegistryImage? Build()
        {
            // A tag that cannot be read leaves the version unknown; "latest" is then the honest guess.
            var tag = Tag == UnknownTag ? null : Tag ?? "latest";
            return RegistryImage.TryParse(Domain, Path, tag, Digest, out var image) ? image : null;
        }
    }
}
