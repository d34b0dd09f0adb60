using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.Engine.Deployments;

internal enum LaunchKind
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
/// file or pod spec replaces them, and so which config path the registry reads.
/// </summary>
internal sealed class Launch
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

    /// <summary>The absolute config path in the container.</summary>
    public string? ConfigPath { get; }

    /// <summary>Whether the path is an argument (so REGISTRY_CONFIGURATION_PATH is not read).</summary>
    public bool PathFromArgument { get; }

    /// <summary>The process in words, e.g. <c>`registry serve /etc/docker/registry/config.yml`</c>.</summary>
    public string Description { get; }

    public static Launch Resolve(RegistryContainer container, IReadOnlyDictionary<string, EnvEntry> env)
    {
        var entrypoint = container.Entrypoint ?? new List<string?> { "/entrypoint.sh" };
        // Replacing the entrypoint drops the image's command too, in compose and in Kubernetes.
        var command = container.Command ??
            (container.Entrypoint is not null
                ? new List<string?>()
                : new List<string?> { ImageDefaults.ConfigPath(container.Version) });
        var argv = entrypoint.Count == 1 && entrypoint[0] is "/entrypoint.sh" or "entrypoint.sh"
            ? ThroughEntrypointScript(command)
            : entrypoint.Concat(command).ToList();
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
                    shown, container);
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

        return Serve(container, path, true, shown);
    }

    // The image's script runs `registry serve "$@"` for a first argument ending in .yml or .yaml,
    // `registry "$@"` for a subcommand or a flag, and anything else as it is.
    private static List<string?> ThroughEntrypointScript(List<string?> command)
    {
        var first = command.FirstOrDefault();
        if (first is null)
        {
            return command;
        }

        if (first.EndsWith(".yml", StringComparison.Ordinal) || first.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return new List<string?> { "registry", "serve" }.Concat(command).ToList();
        }

        if (first is "serve" or "garbage-collect" or "help" || first.StartsWith("-", StringComparison.Ordinal))
        {
            return new List<string?> { "registry" }.Concat(command).ToList();
        }

        return command;
    }

    private static Launch FromServe(string? argument, IReadOnlyDictionary<string, EnvEntry> env, string shown,
        RegistryContainer container)
    {
        if (argument is not null)
        {
            return Serve(container, argument, true, shown);
        }

        if (!env.TryGetValue("REGISTRY_CONFIGURATION_PATH", out var variable) || variable.Value is { Length: 0 })
        {
            return new Launch(LaunchKind.NoPath, null, false, shown);
        }

        return variable.Value is null
            ? new Launch(LaunchKind.Unknown, null, false, shown + " with REGISTRY_CONFIGURATION_PATH not known")
            : Serve(container, variable.Value, false, shown);
    }

    // A relative path, in the argument or the variable, is opened from the working directory.
    private static Launch Serve(RegistryContainer container, string path, bool fromArgument, string shown)
    {
        if (!container.WorkingDirKnown && !path.StartsWith("/", StringComparison.Ordinal))
        {
            return new Launch(LaunchKind.Unknown, null, false,
                $"{shown} with the relative config path `{path}` from a working directory that is not known");
        }

        return new Launch(LaunchKind.Serve, ContainerPath.Resolve(container.WorkingDir, path), fromArgument, shown);
    }
}
