using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

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
/// What a registry-image container runs, from the image's entrypoint script and the entrypoint
/// and command the code replaces, and so which config path the registry reads. The rules are the
/// deployment reader's, so that a container judged from C# and from a manifest agree.
/// </summary>
internal sealed class Launch
{
    private const string ImageEntrypoint = "/entrypoint.sh";

    private static readonly Regex ServeInScript = new(
        @"(?:^|[\s;&|(])(?:\S*/)?registry\s+serve\s+(['""]?)([^\s'"";&|)]+)\1", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash" };

    private Launch(LaunchKind kind, string? configPath)
    {
        Kind = kind;
        ConfigPath = configPath;
    }

    public LaunchKind Kind { get; }

    /// <summary>The absolute config path in the container, when it serves.</summary>
    public string? ConfigPath { get; }

    /// <summary>
    /// The launch of a container whose entrypoint and command are as the code sets them; a null
    /// list is one the code leaves to the image, a null word one the analyzer cannot know.
    /// </summary>
    public static Launch Resolve(IReadOnlyList<string?>? entrypoint, IReadOnlyList<string?>? command,
        string imageConfigPath, IReadOnlyList<EnvSetting> environment)
    {
        entrypoint = entrypoint is { Count: > 0 } ? entrypoint : null;
        command = command is { Count: > 0 } ? command : null;

        // Replacing the entrypoint drops the image's command too (Docker, Kubernetes, Aspire).
        var arguments = command ?? (entrypoint is null ? new string?[] { imageConfigPath } : Array.Empty<string?>());
        var words = entrypoint is null || (entrypoint.Count == 1 && entrypoint[0] is ImageEntrypoint or "entrypoint.sh")
            ? ThroughEntrypointScript(arguments)
            : entrypoint.Concat(arguments).ToList();
        if (words.Count == 0)
        {
            return new Launch(LaunchKind.NotServing, null);
        }

        if (words.Any(w => w is null))
        {
            return new Launch(LaunchKind.Unknown, null);
        }

        var program = words[0]!.Substring(words[0]!.LastIndexOf('/') + 1);
        if (program == "registry")
        {
            return words.Count < 2 || words[1] != "serve"
                ? new Launch(LaunchKind.NotServing, null)
                : FromServe(words.Skip(2).FirstOrDefault(w => !w!.StartsWith("-", StringComparison.Ordinal)),
                    environment);
        }

        var script = Shells.Contains(program) ? words.SkipWhile(w => w != "-c").Skip(1).FirstOrDefault() : null;
        var match = script is null ? Match.Empty : ServeInScript.Match(script);
        return match.Success
            ? new Launch(LaunchKind.Serve, Normalize(match.Groups[2].Value))
            : new Launch(LaunchKind.Unknown, null);
    }

    /// <summary>The launch of the registry binary started as a process with these arguments.</summary>
    public static Launch Binary(IReadOnlyList<string?> arguments, IReadOnlyList<EnvSetting> environment)
    {
        if (arguments.Any(a => a is null))
        {
            return new Launch(LaunchKind.Unknown, null);
        }

        return arguments.FirstOrDefault() != "serve"
            ? new Launch(LaunchKind.NotServing, null)
            : FromServe(arguments.Skip(1).FirstOrDefault(w => !w!.StartsWith("-", StringComparison.Ordinal)),
                environment, relative: true);
    }

    // The image's script runs `registry serve "$@"` for a first argument ending in .yml or .yaml,
    // `registry "$@"` for a subcommand or a flag, and anything else as it is.
    private static List<string?> ThroughEntrypointScript(IReadOnlyList<string?> arguments)
    {
        var first = arguments.FirstOrDefault();
        if (first is null)
        {
            return arguments.ToList();
        }

        if (first.EndsWith(".yml", StringComparison.Ordinal) || first.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return new List<string?> { "registry", "serve" }.Concat(arguments).ToList();
        }

        if (first is "serve" or "garbage-collect" or "help" || first.StartsWith("-", StringComparison.Ordinal))
        {
            return new List<string?> { "registry" }.Concat(arguments).ToList();
        }

        return arguments.ToList();
    }

    // Without a path argument the registry reads REGISTRY_CONFIGURATION_PATH, and with neither it
    // stops with "configuration path unspecified".
    private static Launch FromServe(string? argument, IReadOnlyList<EnvSetting> environment, bool relative = false)
    {
        if (argument is not null)
        {
            return new Launch(LaunchKind.Serve, relative ? argument : Normalize(argument));
        }

        var variable = environment.LastOrDefault(e => e.Name == "REGISTRY_CONFIGURATION_PATH");
        if (variable is null || variable.Value is { Length: 0 })
        {
            return new Launch(LaunchKind.NotServing, null);
        }

        if (variable.Value is null)
        {
            return new Launch(LaunchKind.Unknown, null);
        }

        return new Launch(LaunchKind.Serve, relative ? variable.Value : Normalize(variable.Value));
    }

    // A container's working directory is / unless the code changes it, which is not followed.
    private static string Normalize(string path)
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
