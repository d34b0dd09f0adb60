using System;
using System.Collections.Generic;
using System.Linq;
using EngineLaunch = RegistryConfigAnalyzers.Engine.Deployments.Launch;
using EngineLaunchKind = RegistryConfigAnalyzers.Engine.Deployments.LaunchKind;

namespace RegistryConfigAnalyzers.Analyzers.Model;

internal enum LaunchKind
{
    /// <summary><c>registry serve</c> with a config path.</summary>
    Serve,

    /// <summary>Something that never listens: garbage-collect, help, serve without a path.</summary>
    NotServing,

    /// <summary>A command the analyzer cannot follow (a variable, another program).</summary>
    Unknown,
}

/// <summary>
/// What a registry-image container runs, and so which config path the registry reads. The deployment
/// reader decides it, so that a container judged from C# and from a manifest agree.
/// </summary>
internal sealed class Launch
{
    // A container's working directory is / unless the code changes it, which is not followed.
    private const string ContainerWorkingDir = "/";

    private Launch(EngineLaunch launch)
    {
        // Serve without a path stops at start-up, so for the analyzers it serves nothing.
        Kind = launch.Kind switch
        {
            EngineLaunchKind.Serve => LaunchKind.Serve,
            EngineLaunchKind.NoPath or EngineLaunchKind.NotServing => LaunchKind.NotServing,
            _ => LaunchKind.Unknown,
        };
        ConfigPath = Kind == LaunchKind.Serve ? launch.ConfigPath : null;
    }

    public LaunchKind Kind { get; }

    /// <summary>The config path the registry opens, when it serves.</summary>
    public string? ConfigPath { get; }

    /// <summary>
    /// The launch of a container whose entrypoint and command are as the code sets them; a null
    /// list is one the code leaves to the image, a null word one the analyzer cannot know.
    /// </summary>
    public static Launch Resolve(IReadOnlyList<string?>? entrypoint, IReadOnlyList<string?>? command,
        string imageConfigPath, IReadOnlyList<EnvSetting> environment)
    {
        // An empty list in the code sets nothing, so the image's own stays.
        entrypoint = entrypoint is { Count: > 0 } ? entrypoint : null;
        command = command is { Count: > 0 } ? command : null;
        return new Launch(EngineLaunch.Resolve(entrypoint, command, Values(environment), ContainerWorkingDir,
            imageConfigPath));
    }

    /// <summary>
    /// The launch of the registry binary started as a process with these arguments; a relative
    /// config path stays relative, to be found from the project.
    /// </summary>
    public static Launch Binary(IReadOnlyList<string?> arguments, IReadOnlyList<EnvSetting> environment)
    {
        // The binary is the whole entrypoint, so no image command or image config path comes in.
        var process = new List<string?> { "registry" }.Concat(arguments).ToList();
        return new Launch(EngineLaunch.Resolve(process, Array.Empty<string?>(), Values(environment), null,
            string.Empty));
    }

    // The last setting of a name wins; a null value is one the analyzer cannot know.
    private static Dictionary<string, string?> Values(IReadOnlyList<EnvSetting> environment)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var setting in environment)
        {
            values[setting.Name] = setting.Value;
        }

        return values;
    }
}
