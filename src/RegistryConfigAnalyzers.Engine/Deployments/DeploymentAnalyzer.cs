using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine.Deployments.Compose;
using RegistryConfigAnalyzers.Engine.Deployments.Kubernetes;
using RegistryConfigAnalyzers.Engine.Yaml;
using static RegistryConfigAnalyzers.Engine.Deployments.YamlLookup;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>
/// Judges the registry that docker-compose files and Kubernetes manifests really run: the image's
/// config or the file mounted over it, with the environment the deployment gives the container.
/// </summary>
public static class DeploymentAnalyzer
{
    private static readonly Regex TemplateMarker = new(@"\{\{-?|\{%-?|<%=?|\{#", RegexOptions.CultureInvariant);

    private static readonly Regex RegistryHint = new(
        @"REGISTRY_[A-Z]|/etc/docker/registry|/etc/distribution|distribution/distribution|" +
        @"image:\s*[""']?([\w.-]+(:\d+)?/)*(library/)?registry([:@""'\s]|$)",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>
    /// Whether a text looks like a compose file or a Kubernetes manifest (templates included), judged
    /// by its top-level keys; a cheap test for hosts that pick files before analyzing them.
    /// </summary>
    public static bool LooksLikeDeployment(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 8 * 1024 * 1024)
        {
            return false;
        }

        var documents = new List<List<(string Key, List<string> Children)>> { new() };
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').TrimStart('\uFEFF');
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                documents.Add(new List<(string, List<string>)>());
                continue;
            }

            var trimmed = line.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed[0] is '#' or '{' || line[0] == '\t')
            {
                continue;
            }

            var colon = trimmed.IndexOf(':');
            var key = colon > 0 ? trimmed.Substring(0, colon).Trim().Trim('"', '\'') : null;
            var current = documents[documents.Count - 1];
            if (line.Length == trimmed.Length)
            {
                current.Add((key ?? string.Empty, new List<string>()));
            }
            else if (key is not null && current.Count > 0)
            {
                current[current.Count - 1].Children.Add(key.TrimStart('-', ' '));
            }
        }

        return documents.Any(IsDeploymentDocument);
    }

    /// <summary>Analyzes one deployment file, as the overload for a set of files does.</summary>
    public static DeploymentResult Analyze(string path, string text, Func<string, string?> readProjectFile,
        AnalysisOptions defaults) =>
        Analyze(new[] { new DeploymentFile(path, text) }, readProjectFile, defaults);

    /// <summary>
    /// Analyzes a set of deployment files together, so that a manifest can use ConfigMaps and
    /// Services of another file of the set.
    /// </summary>
    /// <param name="files">Compose files and Kubernetes manifests; other files are skipped.</param>
    /// <param name="readProjectFile">
    /// Gives the text of a project file (a mounted config, an env file) by its path, or null when the
    /// project has no such file. Paths are the deployment file's folder joined with the path written
    /// in the file (<c>.</c> and <c>..</c> folded); absolute host paths are passed as written. The
    /// folder of a compose file is also asked for the override file that compose merges over it.
    /// </param>
    /// <param name="defaults">
    /// Limits for every analysis, and the version for ConfigMap configs that no registry mounts.
    /// </param>
    public static DeploymentResult Analyze(IReadOnlyList<DeploymentFile> files, Func<string, string?> readProjectFile,
        AnalysisOptions defaults)
    {
        var session = new DeploymentSession(readProjectFile, defaults);
        using var merges = YamlLookup.LimitMerges(defaults.MaxNodes);
        var objects = new KubernetesObjects();
        var containers = new List<RegistryContainer>();
        var folders = new ComposeFolders(session, files);
        foreach (var file in files.Where(f => !folders.IsMergedOverride(f.Path)))
        {
            var start = new SourceText(file.Path, file.Text).Start;
            Guarded(session, start, () => Load(session, file, objects, containers, folders));
        }

        foreach (var workload in objects.Workloads)
        {
            var reader = new KubernetesReader(objects, workload, defaults.MaxCharacters);
            Guarded(session, workload.File.Start, () => containers.AddRange(reader.Read()));
        }

        var registries = new List<DeployedRegistry>();
        var judge = new RegistryJudge(session);
        foreach (var container in containers)
        {
            Guarded(session, container.ImageSpan, () =>
            {
                var registry = judge.Judge(container);
                registries.Add(registry);
                foreach (var finding in registry.Findings)
                {
                    session.Add(finding);
                }
            });
        }

        var embedded = CheckConfigMaps(session, objects);
        var texts = files.Select(f => (f.Path, f.Text)).Concat(session.EnvFilesRead.Select(f => (f.Path, f.Text)));
        var findings = Suppress(session, texts.GroupBy(t => t.Path).Select(g => g.First()));
        return new DeploymentResult(Ordered(findings), Ordered(session.Suppressed), registries, embedded,
            session.ConfigFilesRead.ToList());
    }

    /// <summary>
    /// Applies the <c># registry-config:</c> comments of deployment and env files to the findings
    /// placed in them. Comments inside an embedded config were already applied by the engine.
    /// </summary>
    private static List<Finding> Suppress(DeploymentSession session, IEnumerable<(string Path, string Text)> texts)
    {
        var findings = session.Findings.ToList();
        foreach (var (path, text) in texts)
        {
            var here = findings.Where(f => f.Span.Source == path).ToList();
            var (kept, suppressed) = Suppressions.Apply(new ConfigInput(path, text), here);
            kept.RemoveAll(f => f.RuleId is RuleIds.UnusedSuppression or RuleIds.SuppressionWithoutReason &&
                !here.Contains(f) && session.EmbeddedLines.Any(e => e.Path == path &&
                    f.Span.Start.Line >= e.FirstLine && f.Span.Start.Line <= e.LastLine));
            suppressed.ForEach(session.AddSuppressed);
            findings = findings.Where(f => f.Span.Source != path).Concat(kept).ToList();
        }

        return findings;
    }

    private static List<Finding> Ordered(IEnumerable<Finding> findings) => findings
        .OrderBy(f => f.Span.Source, StringComparer.Ordinal)
        .ThenBy(f => f.Span.Start.Line)
        .ThenBy(f => f.Span.Start.Column)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .ToList();

    /// <summary>A bug of ours must never break a build: it is reported as an incomplete check.</summary>
    private static void Guarded(DeploymentSession session, SourceSpan at, Action action)
    {
        try
        {
            action();
        }
        catch (WorkLimitReached limit)
        {
            session.Report(RuleIds.AnalysisLimit, at, limit.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.Report(RuleIds.AnalysisLimit, at,
                $"The checker failed here ({ex.GetType().Name}: {ex.Message}); this was not checked completely");
        }
    }

    private static void Load(DeploymentSession session, DeploymentFile file, KubernetesObjects objects,
        List<RegistryContainer> containers, ComposeFolders folders)
    {
        var source = new SourceText(file.Path, file.Text);
        if (file.Text.Length > session.Defaults.MaxCharacters)
        {
            session.Report(RuleIds.AnalysisLimit, source.Start,
                $"The file has {file.Text.Length:N0} characters, over the limit of {session.Defaults.MaxCharacters:N0}; it was not checked");
            return;
        }

        var hint = RegistryHint.IsMatch(file.Text);
        var marker = TemplateMarker.Match(file.Text);
        if (marker.Success)
        {
            if (hint)
            {
                var start = Position(source, marker.Index);
                var end = Position(source, marker.Index + marker.Length);
                session.Report(RuleIds.Template, new SourceSpan(file.Path, start, end),
                    $"The file is a template (`{marker.Value.Trim('-', '=')}` at line {start.Line}); it is not rendered, so the " +
                    "registry it deploys is not judged: check the rendered manifest or compose file instead");
            }

            return;
        }

        var documents = DeploymentYaml.Read(file.Text, session.Defaults);
        if (documents.Error is not null)
        {
            if (hint)
            {
                var at = new SourceSpan(file.Path, documents.ErrorStart, documents.ErrorEnd);
                session.Report(RuleIds.NotFullyJudged, at,
                    $"The file is not valid YAML ({documents.Error}), so compose or kubectl rejects it; no registry in it is judged");
            }

            return;
        }

        foreach (var root in documents.Roots)
        {
            if (KubernetesObjects.IsManifest(root))
            {
                objects.Add(source, root);
            }
            else if (ComposeReader.IsCompose(root))
            {
                var overrides = folders.OverrideOf(file.Path) is { } path
                    ? Override(session, folders.Read(path)!)
                    : Array.Empty<ComposeReader>();
                if (overrides is not null)
                {
                    containers.AddRange(new ComposeReader(session, source, root).Read(overrides));
                }
            }
        }
    }

    /// <summary>
    /// The override file compose reads over a compose file, as a reader; null (with a finding) when
    /// it is not valid, since compose then refuses to start.
    /// </summary>
    private static IReadOnlyList<ComposeReader>? Override(DeploymentSession session, SourceText file)
    {
        var documents = DeploymentYaml.Read(file.Text, session.Defaults);
        var root = documents.Error is null ? documents.Roots.FirstOrDefault() : null;
        if (root is null || !IsMapping(root))
        {
            session.Report(RuleIds.NotFullyJudged, file.Start,
                $"The override file is not a compose file{(documents.Error is null ? "" : $" ({documents.Error})")}, " +
                "so compose rejects the project; no registry of it is judged");
            return null;
        }

        return new[] { new ComposeReader(session, file, root) };
    }

    /// <summary>Checks, as configs, registry configs held in ConfigMaps that no judged registry reads.</summary>
    private static List<EmbeddedRegistryConfig> CheckConfigMaps(DeploymentSession session, KubernetesObjects objects)
    {
        var results = new List<EmbeddedRegistryConfig>();
        foreach (var configMap in objects.ConfigMaps)
        {
            foreach (var (key, scalar, text, decoded) in Files(configMap))
            {
                if (configMap.MountedKeys.Contains(key) || !RegistryConfigEngine.LooksLikeRegistryConfig(text))
                {
                    continue;
                }

                Guarded(session, configMap.NameSpan, () =>
                {
                    var name = $"ConfigMap/{configMap.Name}/{key}";
                    var embedded = decoded
                        ? EmbeddedConfig.Decoded(configMap.File, scalar, name, text)
                        : EmbeddedConfig.From(configMap.File, scalar, name);
                    var options = session.OptionsFor(session.Defaults.Version);
                    var result = RegistryConfigEngine.AnalyzeConfig(embedded.Input, options);
                    foreach (var finding in result.Findings)
                    {
                        session.Add(embedded.Relocate(finding));
                    }

                    foreach (var finding in result.Suppressed)
                    {
                        session.AddSuppressed(embedded.Relocate(finding));
                    }

                    session.EmbeddedLines.Add((embedded.Path, embedded.Lines.First, embedded.Lines.Last));

                    results.Add(new EmbeddedRegistryConfig(embedded.Name, embedded.Span, result.Verdict));
                });
            }
        }

        return results;
    }

    /// <summary>The text keys of a ConfigMap, those of <c>binaryData</c> decoded.</summary>
    private static IEnumerable<(string Key, YamlScalar Scalar, string Text, bool Decoded)> Files(
        ConfigMapObject configMap)
    {
        foreach (var entry in Entries(configMap.Data))
        {
            if (entry.Value.Target is YamlScalar scalar)
            {
                yield return (entry.Key.Value, scalar, scalar.Value, false);
            }
        }

        foreach (var entry in Entries(configMap.BinaryData))
        {
            if (entry.Value.Target is YamlScalar scalar && configMap.BinaryFile(entry.Key.Value)?.Text is { } text)
            {
                yield return (entry.Key.Value, scalar, text, true);
            }
        }
    }

    private static bool IsDeploymentDocument(List<(string Key, List<string> Children)> document)
    {
        var keys = document.Select(d => d.Key).ToList();
        if (keys.Contains("apiVersion") && keys.Contains("kind"))
        {
            return true;
        }

        if (keys.Contains("services"))
        {
            return document.First(d => d.Key == "services").Children.Count > 0;
        }

        // Version 1 of compose: each top-level key is a service with an image or a build.
        var services = document
            .Where(d => d.Key != "version" && !d.Key.StartsWith("x-", StringComparison.Ordinal))
            .ToList();
        return services.Count > 0 && services.All(s => s.Children.Contains("image") || s.Children.Contains("build"));
    }

    private static SourcePosition Position(SourceText source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (source.Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, offset - lineStart + 1, offset);
    }
}
