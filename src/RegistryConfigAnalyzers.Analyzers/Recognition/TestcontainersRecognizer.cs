using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Engine.Images;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// Testcontainers: a registry is a <c>Build()</c> on a <c>ContainerBuilder</c> whose image is the
/// registry. Builders are immutable, so only the calls on the path that reaches <c>Build()</c>
/// count, through locals and fields reassigned in the same method.
/// </summary>
internal static class TestcontainersRecognizer
{
    private const string BuildersNamespace = "DotNet.Testcontainers.Builders";
    private const int MaxDepth = 32;

    /// <summary>The cheap syntactic test: a call named <c>Build</c>.</summary>
    public static bool IsCandidate(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Build" }
        && invocation.ArgumentList.Arguments.Count == 0;

    /// <summary>
    /// Whether a <c>Build()</c> is seen, without binding, to start another image: it ends a chain
    /// of calls on <c>new X("literal")</c> in which nothing is named <c>WithImage</c>, and the
    /// literal is not the registry. Only the constructor's first argument and <c>WithImage</c>
    /// set the image, so <see cref="Recognize"/> would find no registry there either.
    /// </summary>
    public static bool StartsAnotherImage(InvocationExpressionSyntax build)
    {
        var expression = ((MemberAccessExpressionSyntax)build.Expression).Expression;
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                    if (access.Name.Identifier.ValueText == "WithImage")
                    {
                        return false;
                    }

                    expression = access.Expression;
                    continue;
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }:
                    // A named argument may put another parameter first.
                    if (arguments.Any(a => a.NameColon is not null)
                        || arguments[0].Expression is not LiteralExpressionSyntax literal
                        || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        return false;
                    }

                    return !RegistryImage.TryParse(literal.Token.ValueText, out var image)
                        || !image!.IsDistributionRegistry;
                default:
                    return false;
            }
        }
    }

    public static RegistryContainer? Recognize(InvocationExpressionSyntax build, ValueResolver resolver)
    {
        if (resolver.Operation(build) is not IInvocationOperation { Instance: { } instance } operation
            || !IsBuilder(operation.TargetMethod.ContainingType))
        {
            return null;
        }

        var steps = new List<IOperation>();
        if (!Collect(instance, steps, resolver, 0))
        {
            return null;
        }

        var container = new RegistryContainer(ContainerHost.Testcontainers, null, build.GetLocation());
        var imageFound = false;
        var command = new List<string?>();
        foreach (var step in steps)
        {
            imageFound |= Apply(step, container, command, resolver);
        }

        if (!imageFound || container.Image is not { IsDistributionRegistry: true })
        {
            return null;
        }

        container.Command = command.Count > 0 ? command : null;
        container.FixTarget = instance.Syntax;
        return container;
    }

    /// <summary>Whether a type is, or derives from, Testcontainers' generic container builder.</summary>
    public static bool IsBuilder(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.Name is "ContainerBuilder" or "AbstractBuilder"
                && KnownApis.IsNamespace(current.ContainingNamespace, BuildersNamespace))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The builder calls that lead to <paramref name="expression"/>, oldest first; false when
    /// the chain starts somewhere that cannot be seen (a parameter, a method's result).
    /// </summary>
    public static bool Collect(IOperation expression, List<IOperation> steps, ValueResolver resolver, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        // A fluent chain of any length is walked in a loop; only hops through locals and fields
        // count against the depth limit.
        var operation = ValueResolver.Unwrap(expression);
        var calls = new List<IOperation>();
        while (operation is IInvocationOperation { Instance: { } receiver } call
            && IsBuilder(call.TargetMethod.ContainingType))
        {
            calls.Add(call);
            operation = ValueResolver.Unwrap(receiver);
        }

        if (calls.Count > 0)
        {
            if (!Collect(operation, steps, resolver, depth + 1))
            {
                return false;
            }

            calls.Reverse();
            steps.AddRange(calls);
            return true;
        }

        switch (operation)
        {
            case IObjectCreationOperation creation when IsBuilder(creation.Type):
                steps.Add(creation);
                return true;
            case ILocalReferenceOperation or IFieldReferenceOperation:
                var value = resolver.ReachingValue(operation);
                return value is not null && Collect(value, steps, resolver, depth + 1);
            default:
                return false;
        }
    }

    // Returns whether the step named the image.
    private static bool Apply(IOperation step, RegistryContainer container, List<string?> command, ValueResolver resolver)
    {
        if (step is IObjectCreationOperation creation)
        {
            var argument = creation.Arguments.FirstOrDefault();
            return argument is not null && SetImage(container, argument.Value, resolver);
        }

        var call = (IInvocationOperation)step;
        var arguments = call.Arguments;
        string? Text(int i) => i < arguments.Length ? resolver.String(arguments[i].Value) : null;
        var name = call.TargetMethod.Name;
        switch (name)
        {
            case "WithImage" when arguments.Length == 1:
                return SetImage(container, arguments[0].Value, resolver);
            case "WithEnvironment" when arguments.Length == 2:
                AddEnvironment(container, call, resolver);
                break;
            case "WithEnvironment" when arguments.Length == 1:
                AddEnvironmentDictionary(container, arguments[0].Value, resolver);
                break;
            case "WithPortBinding":
                AddPort(container, call, resolver);
                break;
            case "WithBindMount" when arguments.Length >= 2:
                container.Mounts.Add(new Mount(Text(1), Spans.Call(call.Syntax), Text(0), null));
                break;
            case "WithResourceMapping":
                AddResourceMapping(container, call, resolver);
                break;
            case "WithEntrypoint":
                var entrypoint = arguments.Length == 1 ? resolver.Elements(arguments[0].Value) : null;
                container.Entrypoint = entrypoint is null
                    ? new List<string?> { null }
                    : entrypoint.Select(resolver.String).ToList();
                break;
            case "WithCommand":
                var elements = arguments.Length == 1 ? resolver.Elements(arguments[0].Value) : null;
                if (elements is null)
                {
                    command.Add(null);
                }
                else
                {
                    command.AddRange(elements.Select(resolver.String));
                }

                break;
            case "WithReuse" when arguments.Length == 1 && resolver.Bool(arguments[0].Value) != false:
            case "WithCleanUp" when arguments.Length == 1 && resolver.Bool(arguments[0].Value) == false:
                container.Persistent = true;
                break;
            case "WithCreateParameterModifier":
                container.PortBindingsModified = true;
                container.EnvironmentIncomplete = true;
                break;
        }

        return false;
    }

    private static bool SetImage(RegistryContainer container, IOperation value, ValueResolver resolver)
    {
        container.Image = ResolveImage(value, resolver);
        container.ImageLocation = value.Syntax.GetLocation();
        return true;
    }

    /// <summary>An image given as a string or as <c>new DockerImage(…)</c>.</summary>
    public static RegistryImage? ResolveImage(IOperation value, ValueResolver resolver)
    {
        var operation = ValueResolver.Unwrap(value);
        if (operation is ILocalReferenceOperation && resolver.ReachingValue(operation) is IObjectCreationOperation local)
        {
            operation = local;
        }

        if (operation is IObjectCreationOperation { Type.Name: "DockerImage" } creation)
        {
            string? Part(string parameter) =>
                creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter) is { ArgumentKind: ArgumentKind.Explicit } a
                    ? resolver.String(a.Value)
                    : null;
            var whole = Part("image");
            if (whole is not null)
            {
                return RegistryImage.TryParse(whole, out var image) ? image : null;
            }

            return RegistryImage.TryParse(Part("registry"), Part("repository"), Part("tag"), Part("digest"), out var parts)
                ? parts
                : null;
        }

        return RegistryImage.TryParse(resolver.String(value), out var parsed) ? parsed : null;
    }

    private static void AddEnvironment(RegistryContainer container, IInvocationOperation call, ValueResolver resolver)
    {
        var name = resolver.String(call.Arguments[0].Value);
        if (name is null)
        {
            container.EnvironmentIncomplete = true;
            return;
        }

        var value = call.Arguments[1].Value;
        container.Environment.Add(new EnvSetting(name, resolver.String(value), Spans.Call(call.Syntax),
            value.Syntax.GetLocation(), IsLiteral(value, resolver)));
    }

    private static void AddEnvironmentDictionary(RegistryContainer container, IOperation dictionary, ValueResolver resolver)
    {
        var entries = resolver.Entries(dictionary);
        if (entries is null)
        {
            container.EnvironmentIncomplete = true;
            return;
        }

        foreach (var entry in entries)
        {
            var name = resolver.String(entry.Key);
            if (name is null)
            {
                container.EnvironmentIncomplete = true;
                continue;
            }

            container.Environment.Add(new EnvSetting(name, resolver.String(entry.Value), entry.Syntax.GetLocation(),
                entry.Value.Syntax.GetLocation(), IsLiteral(entry.Value, resolver)));
        }
    }

    /// <summary>A value written in the source: a constant, not something read at run time.</summary>
    public static bool IsLiteral(IOperation value, ValueResolver resolver) =>
        resolver.String(value) is not null;

    // WithPortBinding(port, assignRandomHostPort = false) publishes the same host port unless told
    // to pick one; (hostPort, containerPort) with host port 0 picks one too. No overload takes an
    // address, so every binding is on all of the daemon's interfaces.
    private static void AddPort(RegistryContainer container, IInvocationOperation call, ValueResolver resolver)
    {
        var parameters = call.TargetMethod.Parameters;
        var arguments = call.Arguments;
        int? Port(IOperation operation) => PortNumber(resolver.String(operation) ?? resolver.Int(operation)?.ToString());
        int? containerPort;
        int? host;
        if (parameters.Length == 2 && parameters[1].Name == "assignRandomHostPort")
        {
            containerPort = Port(Argument(arguments, "port")!);
            var random = Argument(arguments, "assignRandomHostPort") is { } flag ? resolver.Bool(flag) : false;
            host = random switch { true => 0, false => containerPort, null => null };
        }
        else if (parameters.Length == 2)
        {
            host = Port(Argument(arguments, "hostPort")!);
            containerPort = Port(Argument(arguments, "containerPort")!);
        }
        else
        {
            return;
        }

        container.Ports.Add(new PortPublication(containerPort, host, null, Spans.Call(call.Syntax)));
    }

    private static IOperation? Argument(IEnumerable<IArgumentOperation> arguments, string parameter) =>
        arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind == ArgumentKind.Explicit)?.Value;

    private static int? PortNumber(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var slash = text.IndexOf('/');
        var number = slash >= 0 ? text.Substring(0, slash) : text;
        if (number.Length == 0)
        {
            return 0;
        }

        return int.TryParse(number, out var port) ? port : null;
    }

    // byte[] content → the target file; a host file → copied into the target folder (the string
    // and FileInfo-to-folder overloads) or onto the target file.
    private static void AddResourceMapping(RegistryContainer container, IInvocationOperation call, ValueResolver resolver)
    {
        var parameters = call.TargetMethod.Parameters;
        if (call.Arguments.Length < 2 || parameters.Length < 2)
        {
            container.Mounts.Add(new Mount(null, Spans.Call(call.Syntax), null, null));
            return;
        }

        var location = Spans.Call(call.Syntax);
        var source = call.Arguments.First(a => a.Parameter?.Ordinal == 0).Value;
        var target = call.Arguments.First(a => a.Parameter?.Ordinal == 1).Value;
        var targetPath = PathOf(target, resolver);
        var targetType = parameters[1].Type.Name;
        var sourceType = parameters[0].Type;

        if (sourceType is IArrayTypeSymbol)
        {
            var content = ContentOf(source, resolver);
            container.Mounts.Add(new Mount(targetPath, location, null, content ?? ConfigSource.Unknown));
            return;
        }

        var sourcePath = PathOf(source, resolver);
        var copiesIntoFolder = targetType is "DirectoryInfo" or "DirectoryPath"
            || (targetType == "String" && sourceType.Name is "String" or "FileInfo" && sourcePath is not null
                && ConfigPaths.IsYaml(sourcePath));
        var fileIntoFolder = copiesIntoFolder && sourceType.Name is not ("DirectoryInfo" or "DirectoryPath");
        var effectiveTarget = fileIntoFolder && targetPath is not null && sourcePath is not null
            ? ConfigPaths.Into(targetPath, sourcePath)
            : targetPath;
        container.Mounts.Add(new Mount(effectiveTarget, location, sourcePath, null));
    }

    /// <summary>A path given as a string, <c>FilePath.Of(…)</c>, <c>DirectoryPath.Of(…)</c> or <c>new FileInfo(…)</c>.</summary>
    public static string? PathOf(IOperation value, ValueResolver resolver)
    {
        var operation = ValueResolver.Unwrap(value);
        return operation switch
        {
            IInvocationOperation { TargetMethod.Name: "Of", Arguments.Length: 1 } of => resolver.String(of.Arguments[0].Value),
            IObjectCreationOperation { Type.Name: "FileInfo" or "DirectoryInfo", Arguments.Length: 1 } info =>
                resolver.String(info.Arguments[0].Value),
            _ => resolver.String(operation),
        };
    }

    /// <summary>The text of <c>Encoding.X.GetBytes(text)</c> when the text is a C# constant.</summary>
    public static ConfigSource? ContentOf(IOperation value, ValueResolver resolver)
    {
        var operation = ValueResolver.Unwrap(value);
        if (operation is ILocalReferenceOperation && resolver.ReachingValue(operation) is { } local)
        {
            operation = ValueResolver.Unwrap(local);
        }

        if (operation is not IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: 1 } getBytes)
        {
            return null;
        }

        return LiteralConfig.From(getBytes.Arguments[0].Value, resolver);
    }
}
