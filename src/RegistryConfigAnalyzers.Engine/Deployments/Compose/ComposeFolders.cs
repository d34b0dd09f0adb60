using System;
using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Engine.Deployments.Compose;

/// <summary>
/// Which file `docker compose` reads by default in a folder, and the override file it merges over
/// it: the first of each list that exists, given or in the project.
/// </summary>
internal sealed class ComposeFolders
{
    private static readonly string[] MainNames =
        { "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml" };

    private static readonly string[] OverrideNames =
    {
        "compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml",
    };

    private readonly DeploymentSession _session;
    private readonly Dictionary<string, string> _given = new(StringComparer.Ordinal);

    public ComposeFolders(DeploymentSession session, IEnumerable<DeploymentFile> files)
    {
        _session = session;
        foreach (var file in files)
        {
            _given[file.Path] = file.Text;
        }
    }

    /// <summary>The override file merged over <paramref name="path"/>, or null when compose reads none.</summary>
    public string? OverrideOf(string path)
    {
        var (folder, name) = Split(path);
        return MainNames.Contains(name) && First(folder, MainNames) == path ? First(folder, OverrideNames) : null;
    }

    /// <summary>Whether the file is an override merged over its folder's compose file, not read alone.</summary>
    public bool IsMergedOverride(string path)
    {
        var (folder, name) = Split(path);
        return OverrideNames.Contains(name) && First(folder, MainNames) is { } main && OverrideOf(main) == path;
    }

    /// <summary>A given deployment file's text, or a project file's.</summary>
    public SourceText? Read(string path) =>
        _given.TryGetValue(path, out var text) ? new SourceText(path, text) : _session.Read(path);

    private string? First(string folder, string[] names) =>
        names.Select(n => folder + n).FirstOrDefault(p => _given.ContainsKey(p) || _session.Read(p) is not null);

    private static (string Folder, string Name) Split(string path)
    {
        var cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return (path.Substring(0, cut + 1), path.Substring(cut + 1));
    }
}
