using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>Finds the YAML files below a folder that the tool may check.</summary>
internal static class ConfigFiles
{
    // Folders that hold other tools' files, never a registry config of the project.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "node_modules",
    };

    /// <summary>
    /// Every *.yml and *.yaml below <paramref name="folder"/>, sorted, without following linked folders
    /// (which can loop). Folders that cannot be listed are added to <paramref name="unreadable"/>.
    /// </summary>
    public static List<string> YamlFilesUnder(string folder, List<(string Path, string Reason)> unreadable)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        var found = new List<string>();
        var options = new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                found.AddRange(Directory.EnumerateFiles(current, "*", options).Where(IsYaml));
                foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
                {
                    var info = new DirectoryInfo(sub);
                    if (!SkippedFolders.Contains(info.Name) && !info.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        pending.Push(sub);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unreadable.Add((current, ex.Message));
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool IsYaml(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) ||
            extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase);
    }
}
