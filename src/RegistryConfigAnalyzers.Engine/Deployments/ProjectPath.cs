using System;
using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>Paths on the host, relative to a deployment file, in the separator style of that file's path.</summary>
internal static class ProjectPath
{
    /// <summary>Whether a compose bind source names a host path rather than a named volume.</summary>
    public static bool IsHostPath(string source) =>
        source.StartsWith(".", StringComparison.Ordinal) || source.StartsWith("/", StringComparison.Ordinal) ||
        source.StartsWith("~", StringComparison.Ordinal) || source.StartsWith("\\", StringComparison.Ordinal) ||
        IsDriveRooted(source);

    public static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) ||
        IsDriveRooted(path);

    /// <summary>Joins a path written in <paramref name="deploymentFile"/> to that file's folder.</summary>
    public static string Resolve(string deploymentFile, string relative)
    {
        var cut = Math.Max(deploymentFile.LastIndexOf('/'), deploymentFile.LastIndexOf('\\'));
        return Combine(cut < 0 ? string.Empty : deploymentFile.Substring(0, cut + 1), relative);
    }

    /// <summary>Joins a relative path to a folder, folding <c>.</c> and <c>..</c>.</summary>
    public static string Combine(string folder, string relative)
    {
        if (IsRooted(relative) || relative.StartsWith("~", StringComparison.Ordinal))
        {
            return relative;
        }

        var separator = folder.IndexOf('\\') >= 0 && folder.IndexOf('/') < 0 ? '\\' : '/';
        var parts = Split(folder);
        var rooted = folder.Length > 0 && folder[0] is '/' or '\\';
        foreach (var part in Split(relative))
        {
            if (part == ".")
            {
                continue;
            }

            var last = parts.Count > 0 ? parts[parts.Count - 1] : null;
            if (part == ".." && last is not null && last != ".." && !IsDriveRooted(last + "\\"))
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join(separator.ToString(), parts);
        return rooted ? separator + joined : joined;
    }

    private static List<string> Split(string path) =>
        path.Split('/', '\\').Where(p => p.Length > 0).ToList();

    private static bool IsDriveRooted(string path) =>
        path.Length >= 3 && char.IsLetter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/');
}
