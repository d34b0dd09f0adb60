using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// The project's additional files, looked up by the host path a container mounts. A relative
/// path is matched by its tail, because the analyzer does not know the directory it is relative to.
/// </summary>
internal sealed class ConfigFiles
{
    private readonly ImmutableArray<AdditionalText> _files;
    private readonly string? _projectDirectory;

    public ConfigFiles(AnalyzerOptions options)
    {
        _files = options.AdditionalFiles;
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.projectdir", out var directory);
        _projectDirectory = string.IsNullOrEmpty(directory) ? null : Normalize(directory!).TrimEnd('/') + "/";
    }

    public AdditionalText? Find(string hostPath)
    {
        var wanted = Normalize(hostPath);
        while (wanted.StartsWith("./", StringComparison.Ordinal))
        {
            wanted = wanted.Substring(2);
        }

        if (wanted.Length == 0)
        {
            return null;
        }

        var absolute = wanted.StartsWith("/", StringComparison.Ordinal) || (wanted.Length > 1 && wanted[1] == ':');
        var exact = absolute ? wanted : _projectDirectory is null ? null : _projectDirectory + wanted;
        var candidates = new List<AdditionalText>();
        foreach (var file in _files)
        {
            var path = Normalize(file.Path);
            if (exact is not null && string.Equals(path, exact, StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }

            if (!absolute && path.EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase))
            {
                candidates.Add(file);
            }
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    public static string? Read(AdditionalText file, CancellationToken token) => file.GetText(token)?.ToString();

    private static string Normalize(string path) => path.Replace('\\', '/');
}
