using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Engine.Images;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>KubernetesClient: a registry is a <c>V1Container</c> initializer whose <c>Image</c> is the registry.</summary>
internal static class KubernetesRecognizer
{
    public static bool IsCandidate(BaseObjectCreationExpressionSyntax creation) =>
        creation switch
        {
            ObjectCreationExpressionSyntax { Type: var type } => DockerDotNetRecognizer.RightmostName(type) == "V1Container",
            ImplicitObjectCreationExpressionSyntax implicitly => implicitly.Initializer is not null,
            _ => false,
        };

    public static RegistryContainer? Recognize(BaseObjectCreationExpressionSyntax syntax, ValueResolver resolver)
    {
        if (resolver.Operation(syntax) is not IObjectCreationOperation creation
            || creation.Type is not { Name: "V1Container" } type
            || type.ContainingNamespace?.ToDisplayString() != "k8s.Models")
        {
            return null;
        }

        var members = InitializerReader.Members(creation);
        if (!members.TryGetValue("Image", out var image)
            || !RegistryImage.TryParse(resolver.String(image.Value), out var parsed)
            || !parsed!.IsDistributionRegistry)
        {
            return null;
        }

        var container = new RegistryContainer(ContainerHost.Kubernetes, parsed, image.Value.Syntax.GetLocation())
        {
            FixTarget = syntax,
        };

        // Variables from ConfigMaps and Secrets are not visible in the code.
        if (InitializerReader.Sets(creation, "EnvFrom"))
        {
            container.EnvironmentIncomplete = true;
        }

        foreach (var variable in InitializerReader.CollectionMember(creation, "Env", resolver) ?? Incomplete(container))
        {
            var fields = InitializerReader.Members(InitializerReader.Creation(variable, resolver));
            var name = fields.TryGetValue("Name", out var n) ? resolver.String(n.Value) : null;
            if (name is null)
            {
                container.EnvironmentIncomplete = true;
                continue;
            }

            var hasValue = fields.TryGetValue("Value", out var value);
            var text = hasValue ? resolver.String(value!.Value) : fields.ContainsKey("ValueFrom") ? null : "";
            container.Environment.Add(new EnvSetting(name, text, variable.Syntax.GetLocation(),
                hasValue ? value!.Value.Syntax.GetLocation() : null, hasValue && text is not null));
        }

        container.Entrypoint = Words(creation, "Command", resolver);
        container.Command = Words(creation, "Args", resolver);

        foreach (var port in InitializerReader.CollectionMember(creation, "Ports", resolver) ?? new())
        {
            var fields = InitializerReader.Members(InitializerReader.Creation(port, resolver));
            if (!fields.TryGetValue("HostPort", out var hostPort))
            {
                continue;
            }

            var ip = fields.TryGetValue("HostIP", out var hostIp) ? resolver.String(hostIp.Value) : null;
            var containerPort = fields.TryGetValue("ContainerPort", out var cp) ? resolver.Int(cp.Value) : null;
            container.Ports.Add(new PortPublication(containerPort, resolver.Int(hostPort.Value), ip, port.Syntax.GetLocation(),
                hostIp is null || ip is not null));
        }

        // Volume contents (ConfigMaps, Secrets) are not followed: a mount over the config hides it.
        foreach (var mount in InitializerReader.CollectionMember(creation, "VolumeMounts", resolver) ?? new())
        {
            var fields = InitializerReader.Members(InitializerReader.Creation(mount, resolver));
            var path = fields.TryGetValue("MountPath", out var p) ? resolver.String(p.Value) : null;
            container.Mounts.Add(new Mount(path, mount.Syntax.GetLocation(), null, ConfigSource.Unknown));
        }

        return container;
    }

    // A list the analyzer cannot read is one word it does not know.
    private static System.Collections.Generic.List<string?>? Words(IObjectCreationOperation creation, string member,
        ValueResolver resolver)
    {
        var words = InitializerReader.CollectionMember(creation, member, resolver);
        return words is null ? new() { null } : words.Select(resolver.String).ToList();
    }

    private static System.Collections.Generic.List<IOperation> Incomplete(RegistryContainer container)
    {
        container.EnvironmentIncomplete = true;
        return new();
    }
}
