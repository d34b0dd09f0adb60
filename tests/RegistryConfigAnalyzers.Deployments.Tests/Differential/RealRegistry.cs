using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests.Differential;

/// <summary>What the real registry did when started with a config and an environment.</summary>
internal sealed record Observed(bool Starts, bool? AnonymousPull, bool? AnyHeaderAccepted, bool? DeletesEnabled, string Log)
{
    public override string ToString() =>
        $"starts={Show(Starts)} anon_pull={Show(AnonymousPull)} any_header={Show(AnyHeaderAccepted)} delete={Show(DeletesEnabled)}";

    private static string Show(bool? b) => b is null ? "-" : b.Value ? "yes" : "no";
}

/// <summary>
/// Starts the registry binary of this machine (distribution 2.8) on 127.0.0.1 with a free high port,
/// its storage and every file the container would see in a fresh temporary folder, under
/// <c>timeout</c>, and stops it by its process id.
/// </summary>
internal static class RealRegistry
{
    public const string Binary = "/usr/bin/docker-registry";

    /// <summary>The user and password of the htpasswd file that <see cref="Run"/> writes.</summary>
    public const string User = "probe";

    public const string Password = "probe-password";

    private const string HtpasswdLine = "probe:$2y$05$3CD.Ctf8Un07nFvHyjJNDem8UyN4Orj3i4PgcuXrrc7VwrOLn7U6C";

    public static bool Available => File.Exists(Binary) && File.Exists("/usr/bin/timeout");

    /// <summary>
    /// Runs the registry. Container paths of <paramref name="files"/> and <c>/var/lib/registry</c>
    /// are replaced, in the config and in the variables, by paths in the temporary folder; a file
    /// whose content is <c>htpasswd</c> gets the probe user.
    /// </summary>
    public static Observed Run(string config, IReadOnlyList<KeyValuePair<string, string>> environment,
        IReadOnlyDictionary<string, string> files)
    {
        var root = Path.Combine(Path.GetTempPath(), "rca-real-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            return RunIn(root, config, environment, files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Observed RunIn(string root, string config, IReadOnlyList<KeyValuePair<string, string>> environment,
        IReadOnlyDictionary<string, string> files)
    {
        var paths = new List<KeyValuePair<string, string>> { new("/var/lib/registry", Path.Combine(root, "data")) };
        foreach (var file in files)
        {
            var host = Path.Combine(root, "files", file.Key.TrimStart('/').Replace('/', '_'));
            Directory.CreateDirectory(Path.GetDirectoryName(host)!);
            File.WriteAllText(host, file.Value == "htpasswd" ? HtpasswdLine + "\n" : file.Value);
            paths.Add(new(file.Key, host));
        }

        string Map(string text) => paths.OrderByDescending(p => p.Key.Length).Aggregate(text, (t, p) => t.Replace(p.Key, p.Value));
        var configPath = Path.Combine(root, "config.yml");
        File.WriteAllText(configPath, Map(config));

        var port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/timeout")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "20", Binary, "serve", configPath })
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing of this test process's environment reaches the registry, only the deployment's.
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        foreach (var variable in environment)
        {
            start.Environment[variable.Key] = Map(variable.Value);
        }

        start.Environment["REGISTRY_HTTP_ADDR"] = "127.0.0.1:" + port;
        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return Probe(process, port, log);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(5000);
        }
    }

    private static Observed Probe(Process process, int port, StringBuilder log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var baseUri = $"http://127.0.0.1:{port}";
        var up = false;
        for (var i = 0; i < 60 && !process.HasExited; i++)
        {
            if (Status(http, HttpMethod.Get, baseUri + "/v2/", null) is not null)
            {
                up = true;
                break;
            }

            Thread.Sleep(100);
        }

        // A registry that panics a moment after listening has not started either.
        Thread.Sleep(300);
        if (!up || process.HasExited)
        {
            return new Observed(false, null, null, null, Text(log));
        }

        var anonymous = Status(http, HttpMethod.Get, baseUri + "/v2/_catalog", null) == HttpStatusCode.OK;
        var anyHeader = Status(http, HttpMethod.Get, baseUri + "/v2/_catalog",
            new AuthenticationHeaderValue("Bearer", "made-up")) == HttpStatusCode.OK;
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(User + ":" + Password)));
        var digest = "sha256:" + new string('0', 64);
        var delete = Status(http, HttpMethod.Delete, baseUri + "/v2/probe/manifests/" + digest, basic);
        bool? deletes = delete switch
        {
            HttpStatusCode.MethodNotAllowed => false,
            HttpStatusCode.NotFound or HttpStatusCode.Accepted => true,
            _ => null,
        };
        return new Observed(true, anonymous, anyHeader, deletes, Text(log));
    }

    private static HttpStatusCode? Status(HttpClient http, HttpMethod method, string uri, AuthenticationHeaderValue? auth)
    {
        try
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = auth;
            using var response = http.Send(request);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (System.Threading.Tasks.TaskCanceledException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Assert.True(port > 1024);
        return port;
    }

    private static string Text(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }
}
