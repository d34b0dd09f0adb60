using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RegistryConfigAnalyzers.Engine.Images;

namespace RegistryConfigAnalyzers.Analyzers.Model;

/// <summary>The API a registry container was recognised in; code fixes differ per host.</summary>
internal enum ContainerHost
{
    Testcontainers,
    Aspire,
    DockerDotNet,
    Kubernetes,
    Process,
}

/// <summary>
/// What the code tells about one registry it starts: the image, the environment set on it,
/// the config it mounts and how its ports are published. Every API's recogniser fills one.
/// </summary>
internal sealed class RegistryContainer
{
    public RegistryContainer(ContainerHost host, RegistryImage? image, Location imageLocation)
    {
        Host = host;
        Image = image;
        ImageLocation = imageLocation;
    }

    public ContainerHost Host { get; }

    /// <summary>The image; null for the registry binary started as a process.</summary>
    public RegistryImage? Image { get; set; }

    /// <summary>Where the image (or the process's executable) is named.</summary>
    public Location ImageLocation { get; set; }

    /// <summary>The node a code fix extends (the builder expression, the initializer).</summary>
    public SyntaxNode? FixTarget { get; set; }

    public List<EnvSetting> Environment { get; } = new();

    /// <summary>Set when part of the environment comes from somewhere the analyzer cannot read.</summary>
    public bool EnvironmentIncomplete { get; set; }

    public ConfigSource Config { get; set; } = ConfigSource.ImageDefault;

    /// <summary>The mount that decided <see cref="Config"/>, when one did.</summary>
    public Location? ConfigLocation { get; set; }

    /// <summary>The entrypoint the code sets; null leaves the image's. A null word is not known.</summary>
    public List<string?>? Entrypoint { get; set; }

    /// <summary>The command (arguments) the code sets; null leaves the image's. A null word is not known.</summary>
    public List<string?>? Command { get; set; }

    /// <summary>What the container runs; null when the analyzer saw nothing that says.</summary>
    public Launch? Launch { get; set; }

    /// <summary>Whether the analyzer cannot tell that the registry server runs at all.</summary>
    public bool LaunchUnknown => Launch?.Kind == LaunchKind.Unknown;

    public List<Mount> Mounts { get; } = new();

    public List<PortPublication> Ports { get; } = new();

    /// <summary>Set when code can change how ports are bound in a way the analyzer does not follow.</summary>
    public bool PortBindingsModified { get; set; }

    /// <summary>Whether the container outlives the test or app host run (reuse, persistent, restart policy).</summary>
    public bool Persistent { get; set; }

    /// <summary>Where the container is marked as reachable from outside at publish time.</summary>
    public Location? ExternalLocation { get; set; }

    /// <summary>Every port the container's host network publishes (Docker's host network mode).</summary>
    public Location? HostNetworkLocation { get; set; }

    public string Describe() => Image?.Reference ?? "registry";
}

/// <summary>One environment variable set in code. A null value is one the analyzer cannot know.</summary>
internal sealed class EnvSetting
{
    public EnvSetting(string name, string? value, Location location, Location? valueLocation = null,
        bool valueIsLiteral = false)
    {
        Name = name;
        Value = value;
        Location = location;
        ValueLocation = valueLocation;
        ValueIsLiteral = valueIsLiteral;
    }

    public string Name { get; }

    public string? Value { get; }

    /// <summary>The whole setting (the call, the list entry, the initializer).</summary>
    public Location Location { get; }

    /// <summary>Just the value expression, when it has its own node.</summary>
    public Location? ValueLocation { get; }

    /// <summary>Whether the value is a constant written in the source, rather than read at run time.</summary>
    public bool ValueIsLiteral { get; }
}

/// <summary>A file or folder placed into the container.</summary>
internal sealed class Mount
{
    public Mount(string? target, Location location, string? sourcePath, ConfigSource? content)
    {
        Target = target;
        Location = location;
        SourcePath = sourcePath;
        Content = content;
    }

    /// <summary>The path inside the container; null when not constant.</summary>
    public string? Target { get; }

    public Location Location { get; }

    /// <summary>The host path of a bind mount or copied file; null when not constant or not a file.</summary>
    public string? SourcePath { get; }

    /// <summary>The content when the code itself holds it (a string written into the container).</summary>
    public ConfigSource? Content { get; }
}

/// <summary>A container port published to the host.</summary>
internal sealed class PortPublication
{
    public PortPublication(int? containerPort, int? hostPort, string? hostIp, Location location, bool hostIpKnown = true)
    {
        ContainerPort = containerPort;
        HostPort = hostPort;
        HostIp = hostIp;
        Location = location;
        HostIpKnown = hostIpKnown;
    }

    /// <summary>The port inside the container; null when not constant.</summary>
    public int? ContainerPort { get; }

    /// <summary>The host port: 0 for a random one, null when not constant.</summary>
    public int? HostPort { get; }

    /// <summary>The host address bound; null or empty means every interface.</summary>
    public string? HostIp { get; }

    /// <summary>Whether <see cref="HostIp"/> is known (false when it comes from a variable).</summary>
    public bool HostIpKnown { get; }

    public Location Location { get; }

    public bool RandomHostPort => HostPort == 0;

    public bool OnAllInterfaces => HostIpKnown && Network.IsAllInterfaces(HostIp);
}
