using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace RegistryConfigAnalyzers.TestSupport;

/// <summary>Runs the command-line tools the harness needs, each bounded in time.</summary>
public static class Tools
{
    public const string Registry = "docker-registry";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>The tools this suite cannot run without.</summary>
    public static IReadOnlyList<string> Required { get; } = new[] { Registry, "htpasswd", "openssl", "timeout" };

    /// <summary>The full path of a tool found on PATH, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs a tool to completion and returns its standard output; throws when it fails.</summary>
    public static string Run(string workingDirectory, string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)
            ?? throw new InvalidOperationException($"could not start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(Limit);
            throw new TimeoutException($"{tool} did not finish within {Limit.TotalSeconds} s");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    /// <summary>Writes the files a fixture declares into its folder.</summary>
    public static void Provision(string folder, Provision needs)
    {
        if (needs.HasFlag(TestSupport.Provision.Htpasswd))
        {
            var entry = Run(folder, "htpasswd", "-Bbn", "user", "pass");
            File.WriteAllText(Path.Combine(folder, "htpasswd"), entry.Trim() + "\n");
        }

        if (needs.HasFlag(TestSupport.Provision.Certificate))
        {
            // An EC key is made in milliseconds; the registry accepts it for TLS and as a token bundle.
            Run(folder, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", "key.pem", "-out", "cert.pem");
        }
    }
}
