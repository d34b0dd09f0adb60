using System;
using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine.Images;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>Where an environment variable of a container comes from.</summary>
internal enum EnvOrigin
{
    /// <summary>Written in the deployment file itself (a compose entry, a Kubernetes <c>value</c>).</summary>
    Literal,

    /// <summary>A line of an env file of the project.</summary>
    EnvFile,

    /// <summary>A data key of a ConfigMap in the file set.</summary>
    ConfigMap,

    /// <summary>Not known: a Secret, an interpolated variable, a field reference.</summary>
    Unknown,

    /// <summary>Injected by Kubernetes for a Service in the same namespace.</summary>
    ServiceLink,
}

/// <summary>One variable of a container's environment, with where it is written.</summary>
internal sealed class EnvEntry
{
    public EnvEntry(string name, string? value, SourceSpan span, EnvOrigin origin)
    {
        Name = name;
        Value = value;
        Span = span;
        Origin = origin;
        Variable = new EnvironmentVariable(name, value, span);
    }

    public string Name { get; }

    public string? Value { get; }

    public SourceSpan Span { get; }

    public EnvOrigin Origin { get; }

    public EnvironmentVariable Variable { get; }

    /// <summary>For a service-link variable, the Service it comes from.</summary>
    public string? ServiceName { get; set; }
}

/// <summary>What a mount shows at a path inside the container.</summary>
internal abstract class MountedFile
{
    /// <summary>A config text the checker can read.</summary>
    internal sealed class Known : MountedFile
    {
        public Known(ConfigInput input, string description, EmbeddedConfig? embedded, string? projectPath)
        {
            Input = input;
            Description = description;
            Embedded = embedded;
            ProjectPath = projectPath;
        }

        public ConfigInput Input { get; }

        public string Description { get; }

        public EmbeddedConfig? Embedded { get; }

        /// <summary>The project file read, when it is one.</summary>
        public string? ProjectPath { get; }

        /// <summary>Called when a judged registry reads this file as its config.</summary>
        public System.Action? MarkUsed { get; set; }
    }

    /// <summary>The path holds no file, so the registry cannot open it; the reason completes "but …".</summary>
    internal sealed class Missing : MountedFile
    {
        public Missing(string reason) => Reason = reason;

        public string Reason { get; }
    }

    /// <summary>Something the checker cannot see; the reason names it ("the volume `data`, whose files …").</summary>
    internal sealed class Unknown : MountedFile
    {
        public Unknown(string reason) => Reason = reason;

        public string Reason { get; }
    }
}

/// <summary>A file system mount of a container: a bind, volume, ConfigMap, compose config or tmpfs.</summary>
internal sealed class Mount
{
    public Mount(string target, SourceSpan span, string description, Func<string, MountedFile> lookup)
    {
        Target = ContainerPath.Normalize(target);
        Span = span;
        Description = description;
        Lookup = lookup;
    }

    /// <summary>The absolute path inside the container.</summary>
    public string Target { get; }

    public SourceSpan Span { get; }

    /// <summary>What is mounted, in words: <c>./config.yml</c>, <c>ConfigMap registry-config</c>.</summary>
    public string Description { get; }

    /// <summary>The file at a path relative to <see cref="Target"/> (empty for the target itself).</summary>
    public Func<string, MountedFile> Lookup { get; }

    public bool Covers(string path) =>
        path == Target || path.StartsWith(Target.TrimEnd('/') + "/", StringComparison.Ordinal);

    public string Relative(string path) =>
        path == Target ? string.Empty : path.Substring(Target.TrimEnd('/').Length + 1);
}

/// <summary>A way the registry's port is reachable from outside the host or cluster.</summary>
internal sealed class Exposure
{
    public Exposure(SourceSpan span, string description, string fix)
    {
        Span = span;
        Description = description;
        Fix = fix;
    }

    public SourceSpan Span { get; }

    /// <summary>How it is exposed, e.g. <c>port `5000:5000` is published on every interface</c>.</summary>
    public string Description { get; }

    /// <summary>How to keep it in, e.g. <c>publish it on 127.0.0.1 only</c>.</summary>
    public string Fix { get; }
}

/// <summary>A part of the environment the checker could not see, reported as information.</summary>
internal sealed class Blind
{
    public Blind(SourceSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public SourceSpan Span { get; }

    /// <summary>The whole message, saying what is not known and that the rest is judged without it.</summary>
    public string Message { get; }
}

/// <summary>One container that runs the registry image, as a compose file or manifest declares it.</summary>
internal sealed class RegistryContainer
{
    public RegistryContainer(SourceText file, string name, RegistryImage image, SourceSpan imageSpan)
    {
        File = file;
        Name = name;
        Image = image;
        ImageSpan = imageSpan;
    }

    public SourceText File { get; }

    /// <summary>How messages name it: <c>service `registry`</c>, <c>container `registry` of Deployment `x`</c>.</summary>
    public string Name { get; }

    public RegistryImage Image { get; }

    public RegistryVersion Version => Image.MajorVersion;

    public SourceSpan ImageSpan { get; }

    /// <summary>The environment in the order it is applied; later entries win.</summary>
    public List<EnvEntry> Environment { get; } = new();

    /// <summary>The entrypoint that replaces the image's, or null; a null item is not known.</summary>
    public List<string?>? Entrypoint { get; set; }

    /// <summary>The command (compose) or args (Kubernetes) that replace the image's, or null.</summary>
    public List<string?>? Command { get; set; }

    public SourceSpan? CommandSpan { get; set; }

    /// <summary>
    /// The process's working directory (Kubernetes <c>workingDir</c>, compose <c>working_dir</c>);
    /// null for the image's, which is <c>/</c> in the registry images (they set no WORKDIR).
    /// </summary>
    public string? WorkingDir { get; set; }

    /// <summary>False when the working directory comes from a variable whose value is not known.</summary>
    public bool WorkingDirKnown { get; set; } = true;

    public List<Mount> Mounts { get; } = new();

    public List<Exposure> Exposures { get; } = new();

    public List<Blind> Blinds { get; } = new();
}

/// <summary>Paths inside a Linux container.</summary>
internal static class ContainerPath
{
    /// <summary>A path as a process whose working directory is <paramref name="workingDir"/> opens it.</summary>
    public static string Resolve(string? workingDir, string path) =>
        Normalize(path.StartsWith("/", StringComparison.Ordinal) ? path : (workingDir ?? "/") + "/" + path);

    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join("/", parts);
    }
}
