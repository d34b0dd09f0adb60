using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>What a registry container's process does with a config.</summary>
public enum LaunchKind
{
    /// <summary><c>registry serve</c> with a config path.</summary>
    Serve,

    /// <summary><c>registry serve</c> with no path at all: "configuration path unspecified".</summary>
    NoPath,

    /// <summary>Something other than the server (garbage-collect, help).</summary>
    NotServing,

    /// <summary>A command the checker cannot follow.</summary>
    Unknown,
}

/// <summary>
/// What the container's process is, from the image's entrypoint script and command as a compose
/// file or pod spec replaces them, and so which config path the registry reads. Public so that
/// the Roslyn analyzers follow a container from C# by the same rules.
/// </summary>
public sealed class Launch
{
    // The word after `registry serve`, quotes and all: ShellWord expands it as the shell would.
    private static readonly Regex ServeInScript = new(
        @"(?:^|[\s;&|(])(?:\S*/)?registry\s+serve\s+((?:""(?:[^""\\]|\\.)*""|'[^']*'|\\.|[^\s'"";&|)<>\\])+)",
        RegexOptions.CultureInvariant);

    private static readonly Regex ChangesDirectory = new(@"(?:^|[\s;&|(])(?:cd|pushd)\s",
        RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash" };

    private Launch(LaunchKind kind, string? configPath, bool pathFromArgument, string description)
    {
        Kind = kind;
        ConfigPath = configPath;
        PathFromArgument = pathFromArgument;
        Description = description;
    }

    public LaunchKind Kind { get; }

    /// <summary>The config path in the container: absolute, unless the working directory is not known.</summary>
    public string? ConfigPath { get; }

    /// <summary>Whether the path is an argument (so REGISTRY_CONFIGURATION_PATH is not read).</summary>
    public bool PathFromArgument { get; }

    /// <summary>The process in words, e.g. <c>`registry serve /etc/docker/registry/config.yml`</c>.</summary>
    public string Description { get; }

    internal static Launch Resolve(RegistryContainer container, IReadOnlyDictionary<string, EnvEntry> env)
    {
        var values = env.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);
        var workingDir = container.WorkingDirKnown ? container.WorkingDir ?? "/" : null;
        var launch = Resolve(container.Entrypoint, container.Command, values, workingDir,
            ImageDefaults.ConfigPath(container.Version));

        // A relative path, in the argument or the variable, is opened from the working directory,
        // so with that not known neither is the config.
        var relative = launch.Kind == LaunchKind.Serve &&
            !launch.ConfigPath!.StartsWith("/", StringComparison.Ordinal);
        return relative
            ? new Launch(LaunchKind.Unknown, null, false, $"{launch.Description} with the relative config " +
                $"path `{launch.ConfigPath}` from a working directory that is not known")
            : launch;
    }

    /// <summary>
    /// The launch of a process from its entrypoint and command words: a null list is the image's
    /// own, a null word one that is not known. <paramref name="env"/> holds the variables that are
    /// set, with null for a value that is not known. With no <paramref name="workingDir"/> (not
    /// known) a relative config path comes back as written, for the caller to place.
    /// </summary>
    public static Launch Resolve(IReadOnlyList<string?>? entrypoint, IReadOnlyList<string?>? command,
        IReadOnlyDictionary<string, string?> env, string? workingDir, string imageConfigPath)
    {
        // Replacing the entrypoint drops the image's command too, in compose and in Kubernetes.
        var arguments = command ??
            (entrypoint is null ? new string?[] { imageConfigPath } : Array.Empty<string?>());
        var imageScript = entrypoint is null ||
            (entrypoint.Count == 1 && entrypoint[0] is "/entrypoint.sh" or "entrypoint.sh");
        var argv = imageScript ? ThroughEntrypointScript(arguments) : entrypoint!.Concat(arguments).ToList();
        if (argv.Count == 0)
        {
            return new Launch(LaunchKind.NotServing, null, false, "an empty command");
        }

        if (argv.Any(a => a is null))
        {
            return new Launch(LaunchKind.Unknown, null, false, "a command that uses a variable");
        }

        var words = argv.Select(a => a!).ToList();
        var shown = "`" + string.Join(" ", words) + "`";

        var program = words[0].Substring(words[0].LastIndexOf('/') + 1);
        if (program == "registry")
        {
            return words.Count < 2 || words[1] != "serve"
                ? new Launch(LaunchKind.NotServing, null, false, shown)
                : FromServe(words.Skip(2).FirstOrDefault(w => !w.StartsWith("-", StringComparison.Ordinal)), env,
                    shown, workingDir);
        }

        var script = Shells.Contains(program) ? words.SkipWhile(w => w != "-c").Skip(1).FirstOrDefault() : null;
        var match = script is null ? Match.Empty : ServeInScript.Match(script);
        if (!match.Success)
        {
            return new Launch(LaunchKind.Unknown, null, false, shown);
        }

        // A flag before the path (`registry serve -h`) is not a path either.
        var path = ShellWord.Expand(match.Groups[1].Value, env);
        if (path is null || path.StartsWith("-", StringComparison.Ordinal))
        {
            // An unset variable, one of unknown value, or another expansion (`$(…)`, `${X:-…}`).
            return new Launch(LaunchKind.Unknown, null, false, $"{shown} (the shell word `{match.Groups[1].Value}`)");
        }

        // A script that changes folder before it starts the server opens a relative path from elsewhere.
        var before = script!.Substring(0, match.Index);
        if (!path.StartsWith("/", StringComparison.Ordinal) && ChangesDirectory.IsMatch(before))
        {
            return new Launch(LaunchKind.Unknown, null, false,
                $"{shown}, which changes folder before it reads `{path}`");
        }

        return Serve(workingDir, path, true, shown);
    }

    // The image's script runs `registry serve "$@"` for a first argument ending in .yml or .yaml,
    // `registry "$@"` for a subcommand or a flag, and anything else as it is.
    private static List<string?> ThroughEntrypointScript(IReadOnlyList<string?> command)
    {
        var first = command.FirstOrDefault();
        if (first is null)
        {
            return command.ToList();
        }

        if (first.EndsWith(".yml", StringComparison.Ordinal) || first.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return new List<string?> { "registry", "serve" }.Concat(command).ToList();
        }

        if (first is "serve" or "garbage-collect" or "help" || first.StartsWith("-", StringComparison.Ordinal))
        {
            return new List<string?> { "registry" }.Concat(command).ToList();
        }

        return command.ToList();
    }

    private static Launch FromServe(string? argument, IReadOnlyDictionary<string, string?> env, string shown,
        string? workingDir)
    {
        if (argument is not null)
        {
            return Serve(workingDir, argument, true, shown);
        }

        if (!env.TryGetValue("REGISTRY_CONFIGURATION_PATH", out var value) || value is { Length: 0 })
        {
            return new Launch(LaunchKind.NoPath, null, false, shown);
        }

        return value is null
            ? new Launch(LaunchKind.Unknown, null, false, shown + " with REGISTRY_CONFIGURATION_PATH not known")
            : Serve(workingDir, value, false, shown);
    }

    private static Launch Serve(string? workingDir, string path, bool fromArgument, string shown)
    {
        var resolved = workingDir is null && !path.StartsWith("/", StringComparison.Ordinal)
            ? path
            : ContainerPath.Resolve(workingDir, path);
        return new Launch(LaunchKind.Serve, resolved, fromArgument, shown);
    }
}
