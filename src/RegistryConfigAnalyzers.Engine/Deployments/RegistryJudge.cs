using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Deployments.Rules;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>
/// Works out what a registry container really runs (its process, the file at its config path, its
/// final environment), hands that to the engine, and places the findings in the deployment's files.
/// </summary>
internal sealed class RegistryJudge
{
    private static readonly IDeploymentRule[] Rules =
    {
        new RCA0600ServiceLinkVariablesRule(),
        new RCA0601SecretInDeploymentRule(),
        new RCA0602OpenRegistryPublishedRule(),
        new RCA0603ConfigAtOtherVersionPathRule(),
        new RCA0604ConfigFileMissingRule(),
        new RCA0605NotFullyJudgedRule(),
        new RCA0606ConfigurationPathIgnoredRule(),
    };

    private readonly DeploymentSession _session;

    public RegistryJudge(DeploymentSession session)
    {
        _session = session;
    }

    public DeployedRegistry Judge(RegistryContainer container)
    {
        var environment = FinalEnvironment(container.Environment);
        var byName = environment.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var launch = Launch.Resolve(container, byName);
        Mount? mount = null;
        MountedFile? file = null;
        if (launch.Kind == LaunchKind.Serve)
        {
            (mount, file) = FileAt(container, launch.ConfigPath!);
        }

        var variables = environment.Select(e => e.Variable).ToList();
        var findings = new List<Finding>();
        var linkFindings = new List<Finding>();
        RegistryVerdict? verdict = null;
        string? notJudged = null;
        var judged = launch.Kind == LaunchKind.Serve && file is null or MountedFile.Known;
        if (judged)
        {
            var known = file as MountedFile.Known;
            var options = _session.OptionsFor(container.Version);
            var result = RegistryConfigEngine.AnalyzeEffective(known?.Input, variables, options);
            verdict = result.Verdict;
            Place(container, known, environment, result.Findings, findings, linkFindings);
            var suppressed = new List<Finding>();
            Place(container, known, environment, result.Suppressed, suppressed, new List<Finding>());
            suppressed.ForEach(_session.AddSuppressed);
            if (known?.Embedded is { } embedded)
            {
                _session.EmbeddedLines.Add((embedded.Path, embedded.Lines.First, embedded.Lines.Last));
            }

            known?.MarkUsed?.Invoke();
            if (known?.ProjectPath is { } path)
            {
                _session.ConfigFilesRead.Add(path);
            }
        }
        else if (launch.Kind == LaunchKind.NoPath || file is MountedFile.Missing)
        {
            verdict = new RegistryVerdict(false, launch.Kind == LaunchKind.NoPath ? "configuration path unspecified"
                : $"open {launch.ConfigPath}: no such file or directory", null, null, null, "unknown");
        }
        else
        {
            notJudged = launch.Kind switch
            {
                LaunchKind.NotServing => $"runs {launch.Description}, not the server",
                LaunchKind.Unknown => $"runs {launch.Description}",
                _ => $"its config at {launch.ConfigPath} is not in the project",
            };
            if (launch.Kind == LaunchKind.Serve)
            {
                // The environment is still worth checking: which variables the registry ignores depends on their names.
                var options = _session.OptionsFor(container.Version);
                var result = RegistryConfigEngine.AnalyzeEffective(null, variables, options);
                var ignored = result.Findings.Where(f => f.RuleId == RuleIds.IgnoredEnvironmentVariable).ToList();
                Place(container, null, environment, ignored, findings, linkFindings);
            }
        }

        var context = new DeploymentRuleContext(container, environment, launch, mount, file, verdict,
            findings.ToList(), linkFindings, findings);
        if (launch.Kind != LaunchKind.NotServing)
        {
            foreach (var rule in Rules)
            {
                rule.Check(context);
            }
        }

        var source = file is MountedFile.Known k ? k.Description : null;
        var complete = container.Blinds.Count == 0 && notJudged is null;
        return new DeployedRegistry(container.File.Path, container.Name, container.Image, container.ImageSpan,
            launch.ConfigPath, source, variables, verdict, notJudged, complete, findings);
    }

    /// <summary>One entry per name, the last one set, in the order the names first appear.</summary>
    private static List<EnvEntry> FinalEnvironment(IEnumerable<EnvEntry> entries)
    {
        var last = new Dictionary<string, EnvEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            if (!last.ContainsKey(entry.Name))
            {
                order.Add(entry.Name);
            }

            last[entry.Name] = entry;
        }

        return order.Select(n => last[n]).ToList();
    }

    /// <summary>The deepest mount over the path decides; with none, the image's own file or nothing is there.</summary>
    private static (Mount?, MountedFile?) FileAt(RegistryContainer container, string path)
    {
        var mount = container.Mounts
            .Where(m => m.Covers(path))
            .OrderByDescending(m => m.Target.Length)
            .FirstOrDefault();
        if (mount is not null)
        {
            return (mount, mount.Lookup(mount.Relative(path)));
        }

        var own = ImageDefaults.ConfigPath(container.Version);
        var image = container.Image.Reference;
        return path == own
            ? (null, null)
            : (null, new MountedFile.Missing($"nothing is mounted there and `{image}` has no such file (its config is {own})"));
    }

    /// <summary>
    /// Moves the engine's findings to where the fix belongs: the baked-in config's findings to the
    /// <c>image</c> entry, an embedded config's to its lines; link-variable findings are set apart.
    /// </summary>
    private static void Place(RegistryContainer container, MountedFile.Known? known,
        IReadOnlyList<EnvEntry> environment, IEnumerable<Finding> engineFindings, List<Finding> findings,
        List<Finding> linkFindings)
    {
        var baked = ImageDefaults.SourceName(container.Version);
        var links = new HashSet<string>(StringComparer.Ordinal);
        links.UnionWith(environment.Where(e => e.Origin == EnvOrigin.ServiceLink).Select(e => e.Span.ToString()));
        SourceSpan Move(SourceSpan span) =>
            span.Source == baked ? container.ImageSpan : known?.Embedded?.Relocate(span) ?? span;

        foreach (var finding in engineFindings)
        {
            var placed = new Finding(finding.RuleId, finding.Severity, finding.Message, Move(finding.Span),
                finding.RelatedSpans.Select(Move).ToList(), finding.SuppressionReason);
            if (!links.Contains(placed.Span.ToString()))
            {
                findings.Add(placed);
            }
            else if (placed.RuleId != RuleIds.IgnoredEnvironmentVariable)
            {
                // A Service named `registry` only adds "ignoring unrecognized" lines to the log; the rest matters.
                linkFindings.Add(placed);
            }
        }
    }
}
