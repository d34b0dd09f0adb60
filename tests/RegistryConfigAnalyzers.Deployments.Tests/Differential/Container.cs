using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.TestSupport;

namespace RegistryConfigAnalyzers.Deployments.Tests.Differential;

/// <summary>What the real registry did when started with a config and an environment.</summary>
internal sealed record Observed(bool Starts, bool? AnonymousPull, bool? AnyHeaderAccepted, bool? DeletesEnabled, string Log)
{
    public override string ToString() =>
        $"starts={Show(Starts)} anon_pull={Show(AnonymousPull)} any_header={Show(AnyHeaderAccepted)} delete={Show(DeletesEnabled)}";

    private static string Show(bool? b) => b is null ? "-" : b.Value ? "yes" : "no";
}

/// <summary>
/// Hands what a container gets (its config, variables and files at container paths) to the shared
/// real-registry harness: container paths become files in the run's own folder, and the harness
/// alone decides where the registry listens.
/// </summary>
internal static class Container
{
    private const string StorageRoot = "/var/lib/registry";

    // The harness sets REGISTRY_HTTP_ADDR, which overrides any http.addr; the config's own value
    // is pointed at loopback too so that nothing in the text names another interface.
    private static readonly Regex Addr = new(@"(\baddr[ \t]*:[ \t]*)[^\s,}\]#]+", RegexOptions.CultureInvariant);

    public static bool Available => RealRegistry.Available;

    /// <summary>
    /// Runs the registry. A file whose content is <c>htpasswd</c> gets the harness's user and
    /// password; <c>/var/lib/registry</c> becomes the run's empty storage folder.
    /// </summary>
    public static Observed Run(string config, IReadOnlyList<KeyValuePair<string, string>> environment,
        IReadOnlyDictionary<string, string> files)
    {
        var paths = new List<KeyValuePair<string, string>> { new(StorageRoot, "__ROOT__") };
        var written = new Dictionary<string, string>();
        var needs = Provision.None;
        foreach (var file in files)
        {
            if (file.Value == "htpasswd")
            {
                needs |= Provision.Htpasswd;
                paths.Add(new(file.Key, "__DIR__/htpasswd"));
                continue;
            }

            var name = "file" + file.Key.Replace('/', '_');
            written[name] = file.Value;
            paths.Add(new(file.Key, "__DIR__/" + name));
        }

        string Map(string text) =>
            paths.OrderByDescending(p => p.Key.Length).Aggregate(text, (t, p) => t.Replace(p.Key, p.Value, StringComparison.Ordinal));

        var variables = environment
            .Where(v => v.Key != "REGISTRY_HTTP_ADDR")
            .Select(v => new KeyValuePair<string, string>(v.Key, Map(v.Value)))
            .ToList();
        var text = Addr.Replace(Map(config), m => m.Groups[1].Value + "127.0.0.1:__PORT__");
        var run = RealRegistry.Run(new RegistryCase("container", text, needs, variables, written));

        var seen = run.Observation;
        return new Observed(seen.Started, seen.AnonymousPull, seen.AnyHeaderAccepted, seen.DeletesEnabled, seen.Log);
    }
}
