using System;
using System.Threading;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>Decides which config file the registry in a container reads, from its mounts and command.</summary>
internal static class ConfigPaths
{
    public const string V3 = "/etc/distribution/config.yml";
    public const string V2 = "/etc/docker/registry/config.yml";

    public static string Default(RegistryVersion version) => version == RegistryVersion.V2 ? V2 : V3;

    public static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Sets <see cref="RegistryContainer.Launch"/> from the command, and <see cref="RegistryContainer.Config"/>
    /// from the last mount that covers the config path it serves.
    /// </summary>
    public static void Resolve(RegistryContainer container, ConfigFiles files, CancellationToken token)
    {
        var version = container.Image?.MajorVersion ?? RegistryVersion.V3;
        var launch = Launch.Resolve(container.Entrypoint, container.Command, Default(version), container.Environment);
        container.Launch = launch;
        if (launch.Kind != LaunchKind.Serve)
        {
            container.Config = ConfigSource.Unknown;
            return;
        }

        var active = launch.ConfigPath!;
        var config = active == Default(version) ? ConfigSource.ImageDefault : ConfigSource.Unknown;
        Mount? decisive = null;
        foreach (var mount in container.Mounts)
        {
            var replaced = Covers(mount, active, out var sourceFile);
            if (replaced is null)
            {
                continue;
            }

            decisive = mount;
            if (replaced == false || mount.Target is null)
            {
                config = ConfigSource.Unknown;
                continue;
            }

            if (mount.Content is not null)
            {
                config = mount.Content;
                continue;
            }

            var file = sourceFile is null ? null : files.Find(sourceFile);
            var text = file is null ? null : ConfigFiles.Read(file, token);
            config = file is null || text is null ? ConfigSource.Unknown : ConfigSource.FromFile(file.Path, text);
        }

        container.Config = config;
        container.ConfigLocation = decisive?.Location;
    }

    // true: the mount places the config file (sourceFile says which host file, when it is one);
    // false: it hides the config path in a way that cannot be read; null: it does not touch it.
    private static bool? Covers(Mount mount, string active, out string? sourceFile)
    {
        sourceFile = null;
        if (mount.Target is null)
        {
            return false;
        }

        var target = mount.Target.Length > 1 ? mount.Target.TrimEnd('/') : mount.Target;
        if (target == active)
        {
            sourceFile = mount.SourcePath;
            return mount.Content is not null || sourceFile is not null;
        }

        if (!active.StartsWith(target.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return null;
        }

        if (mount.Content is not null || mount.SourcePath is null)
        {
            return false;
        }

        sourceFile = mount.SourcePath.TrimEnd('/', '\\') + active.Substring(target.TrimEnd('/').Length);
        return true;
    }

    /// <summary>Where a file copied into a folder ends up.</summary>
    public static string Into(string folder, string file) => folder.TrimEnd('/') + "/" + FileName(file);

    public static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(slash + 1);
    }
}
