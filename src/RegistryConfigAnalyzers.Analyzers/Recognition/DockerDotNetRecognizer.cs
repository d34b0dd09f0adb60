using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Engine.Images;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// Docker.DotNet: a registry is a <c>CreateContainerParameters</c> initializer (or the
/// <c>Config</c> passed to it) whose <c>Image</c> is the registry.
/// </summary>
internal static class DockerDotNetRecognizer
{
    private const string ModelsNamespace = "Docker.DotNet.Models";

    public static bool IsCandidate(BaseObjectCreationExpressionSyntax creation) =>
        creation switch
        {
            ObjectCreationExpressionSyntax { Type: var type } => RightmostName(type) == "CreateContainerParameters",
            ImplicitObjectCreationExpressionSyntax implicitly => implicitly.Initializer is not null,
            _ => false,
        };

    public static string? RightmostName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    public static RegistryContainer? Recognize(BaseObjectCreationExpressionSyntax syntax, ValueResolver resolver)
    {
        if (resolver.Operation(syntax) is not IObjectCreationOperation creation
            || creation.Type is not { Name: "CreateContainerParameters" } type
            || type.ContainingNamespace?.ToDisplayString() != ModelsNamespace)
        {
            return null;
        }

        // The (Config) constructor copies the config's fields; the initializer then overrides them.
        var config = InitializerReader.Creation(creation.Arguments.FirstOrDefault()?.Value, resolver);
        var sources = config is null ? new[] { creation } : new[] { config, creation };
        var members = sources.SelectMany(InitializerReader.Members).GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        if (!members.TryGetValue("Image", out var image)
            || !RegistryImage.TryParse(resolver.String(image.Value), out var parsed)
            || !parsed!.IsDistributionRegistry)
        {
            return null;
        }

        var container = new RegistryContainer(ContainerHost.DockerDotNet, parsed, image.Value.Syntax.GetLocation())
        {
            FixTarget = syntax,
        };
        foreach (var source in sources)
        {
            ReadEnvironment(source, container, resolver);
        }

        container.Entrypoint = Words(sources, "Entrypoint", resolver);
        container.Command = Words(sources, "Cmd", resolver);

        if (members.TryGetValue("HostConfig", out var hostConfig))
        {
            ReadHostConfig(InitializerReader.Creation(hostConfig.Value, resolver), hostConfig, container, resolver);
        }

        return container;
    }

    // The initializer overrides what the copied config holds; a list the analyzer cannot read is
    // one word it does not know.
    private static List<string?>? Words(IObjectCreationOperation[] sources, string member, ValueResolver resolver)
    {
        List<string?>? words = null;
        foreach (var source in sources.Where(s => InitializerReader.Sets(s, member)))
        {
            var items = InitializerReader.CollectionMember(source, member, resolver);
            words = items is null ? new List<string?> { null } : items.Select(resolver.String).ToList();
        }

        return words;
    }

    private static void ReadEnvironment(IObjectCreationOperation source, RegistryContainer container, ValueResolver resolver)
    {
        var entries = InitializerReader.CollectionMember(source, "Env", resolver);
        if (entries is null)
        {
            container.EnvironmentIncomplete = true;
            return;
        }

        foreach (var entry in entries)
        {
            if (ReadAssignment(entry, resolver) is not { } pair)
            {
                container.EnvironmentIncomplete = true;
                continue;
            }

            container.Environment.Add(new EnvSetting(pair.Name, pair.Value, entry.Syntax.GetLocation(),
                entry.Syntax.GetLocation(), pair.Value is not null));
        }
    }

    /// <summary>
    /// Splits a <c>NAME=value</c> entry. The name must be constant; the value may come from a hole
    /// (<c>$"NAME={x}"</c>, <c>"NAME=" + x</c>) and is then unknown.
    /// </summary>
    public static (string Name, string? Value)? ReadAssignment(IOperation entry, ValueResolver resolver)
    {
        if (resolver.String(entry) is { } whole)
        {
            var equals = whole.IndexOf('=');
            return equals > 0 ? (whole.Substring(0, equals), whole.Substring(equals + 1)) : null;
        }

        var prefix = ValueResolver.Unwrap(entry) switch
        {
            IInterpolatedStringOperation interpolated => interpolated.Parts.FirstOrDefault() is IInterpolatedStringTextOperation text
                ? resolver.String(text.Text)
                : null,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => resolver.String(binary.LeftOperand),
            _ => null,
        };
        var at = prefix?.IndexOf('=') ?? -1;
        return at > 0 ? (prefix!.Substring(0, at), null) : null;
    }

    private static void ReadHostConfig(IObjectCreationOperation? hostConfig, ISimpleAssignmentOperation assignment,
        RegistryContainer container, ValueResolver resolver)
    {
        if (hostConfig is null)
        {
            container.PortBindingsModified = true;
            container.Mounts.Add(new Mount(null, assignment.Syntax.GetLocation(), null, null));
            return;
        }

        var members = InitializerReader.Members(hostConfig);
        if (members.TryGetValue("PortBindings", out var bindings))
        {
            ReadPortBindings(bindings, container, resolver);
        }

        if (members.TryGetValue("PublishAllPorts", out var all) && resolver.Bool(all.Value) != false)
        {
            container.Ports.Add(new PortPublication(null, 0, null, all.Syntax.GetLocation()));
        }

        if (members.TryGetValue("NetworkMode", out var mode) && resolver.String(mode.Value) == "host")
        {
            container.HostNetworkLocation = mode.Syntax.GetLocation();
        }

        if (members.TryGetValue("RestartPolicy", out var restart)
            && InitializerReader.Members(InitializerReader.Creation(restart.Value, resolver)).TryGetValue("Name", out var kind)
            && kind.Value is IFieldReferenceOperation { Field.Name: "Always" or "UnlessStopped" })
        {
            container.Persistent = true;
        }

        foreach (var bind in InitializerReader.CollectionMember(hostConfig, "Binds", resolver) ?? Unknown(container, hostConfig))
        {
            container.Mounts.Add(ReadBind(bind, resolver));
        }

        foreach (var mount in InitializerReader.CollectionMember(hostConfig, "Mounts", resolver) ?? Unknown(container, hostConfig))
        {
            var fields = InitializerReader.Members(InitializerReader.Creation(mount, resolver));
            var target = fields.TryGetValue("Target", out var t) ? resolver.String(t.Value) : null;
            var source = fields.TryGetValue("Source", out var s) ? resolver.String(s.Value) : null;
            container.Mounts.Add(new Mount(target, mount.Syntax.GetLocation(), source, null));
        }
    }

    private static List<IOperation> Unknown(RegistryContainer container, IOperation at)
    {
        container.Mounts.Add(new Mount(null, at.Syntax.GetLocation(), null, null));
        return new List<IOperation>();
    }

    // "source:target[:options]"; a source without a slash is a named volume, whose content is unknown.
    private static Mount ReadBind(IOperation bind, ValueResolver resolver)
    {
        var location = bind.Syntax.GetLocation();
        var text = resolver.String(bind);
        var parts = text?.Split(':');
        if (parts is null || parts.Length < 2)
        {
            return new Mount(null, location, null, null);
        }

        var isPath = parts[0].Contains("/") || parts[0].StartsWith(".", System.StringComparison.Ordinal);
        return new Mount(parts[1], location, isPath ? parts[0] : null, isPath ? null : ConfigSource.Unknown);
    }

    private static void ReadPortBindings(ISimpleAssignmentOperation bindings, RegistryContainer container, ValueResolver resolver)
    {
        var entries = resolver.Entries(bindings.Value);
        if (entries is null)
        {
            container.PortBindingsModified = true;
            return;
        }

        foreach (var entry in entries)
        {
            var key = resolver.String(entry.Key);
            var slash = key?.IndexOf('/') ?? -1;
            int? containerPort = key is null ? null
                : int.TryParse(slash >= 0 ? key.Substring(0, slash) : key, out var number) ? number : null;
            var list = resolver.Elements(entry.Value);
            if (list is null)
            {
                container.Ports.Add(new PortPublication(containerPort, null, null, entry.Syntax.GetLocation(), hostIpKnown: false));
                continue;
            }

            foreach (var binding in list)
            {
                var fields = InitializerReader.Members(InitializerReader.Creation(binding, resolver));
                var hostIp = fields.TryGetValue("HostIP", out var ip) ? resolver.String(ip.Value) : null;
                var hostIpKnown = ip is null || hostIp is not null;
                int? hostPort = 0;
                if (fields.TryGetValue("HostPort", out var port))
                {
                    var text = resolver.String(port.Value);
                    hostPort = text is null ? null : text.Length == 0 ? 0 : int.TryParse(text, out var p) ? p : null;
                }

                container.Ports.Add(new PortPublication(containerPort, hostPort, hostIp, binding.Syntax.GetLocation(), hostIpKnown));
            }
        }
    }
}
