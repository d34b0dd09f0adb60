using System;
using System.Linq;

namespace RegistryConfigAnalyzers.TestSupport;

/// <summary>What the real registry did with one config: whether it came up and how it answered.</summary>
public sealed class RegistryObservation
{
    public RegistryObservation(bool started, bool? anonymousPull, bool? anyHeaderAccepted,
        bool? deletesEnabled, int? deleteStatus, string log)
    {
        Started = started;
        AnonymousPull = anonymousPull;
        AnyHeaderAccepted = anyHeaderAccepted;
        DeletesEnabled = deletesEnabled;
        DeleteStatus = deleteStatus;
        Log = log;
    }

    public bool Started { get; }

    /// <summary>GET /v2/_catalog without credentials answered 200; null when it did not start.</summary>
    public bool? AnonymousPull { get; }

    /// <summary>The same request with a made-up bearer token answered 200.</summary>
    public bool? AnyHeaderAccepted { get; }

    /// <summary>DELETE of an unknown manifest answered 404/202 (true) or 405 (false); null otherwise.</summary>
    public bool? DeletesEnabled { get; }

    /// <summary>The status of the last DELETE probe, so an unobservable answer can be told apart.</summary>
    public int? DeleteStatus { get; }

    /// <summary>Everything the registry wrote to stdout and stderr.</summary>
    public string Log { get; }

    /// <summary>The same observation with its log rewritten (the temp folder named as a placeholder).</summary>
    public RegistryObservation WithLog(string log) =>
        new(Started, AnonymousPull, AnyHeaderAccepted, DeletesEnabled, DeleteStatus, log);

    /// <summary>Log lines worth reading: neither info-level lines nor access-log lines.</summary>
    public string[] NoteworthyLines(int count) =>
        Log.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0)
            .Where(line => !line.Contains("level=info", StringComparison.Ordinal))
            .Where(line => !line.StartsWith("127.0.0.1 - ", StringComparison.Ordinal))
            .Take(count)
            .ToArray();

    /// <summary>The line that says why the registry stopped: a configuration error, a panic or a fatal.</summary>
    public string? FailureLine()
    {
        var lines = NoteworthyLines(int.MaxValue);
        var markers = new[] { "configuration error", "panic:", "level=fatal", "level=error" };

        var index = Array.FindIndex(lines, line => markers.Any(m => line.Contains(m, StringComparison.Ordinal)));
        if (index < 0)
        {
            return lines.FirstOrDefault();
        }

        // yaml.v2 lists its unmarshal errors on the lines that follow.
        var first = lines[index];
        return first.EndsWith("unmarshal errors:", StringComparison.Ordinal) && index + 1 < lines.Length
            ? first + " " + lines[index + 1].Trim()
            : first;
    }

    public override string ToString()
    {
        var delete = DeletesEnabled is null
            ? (Started ? $"?{DeleteStatus}" : "-")
            : DeletesEnabled.Value ? "on" : "off";

        return $"starts={Fmt(Started)} anon_pull={Fmt(AnonymousPull)} "
            + $"any_header={Fmt(AnyHeaderAccepted)} delete={delete}";
    }

    private static string Fmt(bool? b) => b is null ? "-" : b.Value ? "yes" : "no";
}
