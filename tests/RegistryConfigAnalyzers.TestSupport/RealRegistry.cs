using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace RegistryConfigAnalyzers.TestSupport;

/// <summary>The config and environment one registry ran with, and what it did.</summary>
public sealed class RegistryRun
{
    public RegistryRun(string configText, IReadOnlyList<KeyValuePair<string, string>> environment,
        RegistryObservation observation, byte[] configBytes)
    {
        ConfigText = configText;
        Environment = environment;
        Observation = observation;
        ConfigBytes = configBytes;
    }

    /// <summary>The config exactly as the registry read it, placeholders replaced.</summary>
    public string ConfigText { get; }

    /// <summary>The bytes of the config file the registry read.</summary>
    public byte[] ConfigBytes { get; }

    /// <summary>Every REGISTRY_* variable the registry ran with, REGISTRY_HTTP_ADDR included.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; }

    public RegistryObservation Observation { get; }
}

/// <summary>
/// Starts Debian's docker-registry on 127.0.0.1 for one config, asks it a few questions and stops it.
/// Every run gets its own folder, storage and ports, a proxy config gets a stand-in upstream on
/// loopback, the registry runs under <c>timeout</c>, and only the process it started is stopped.
/// </summary>
public static class RealRegistry
{
    private const string UnknownManifest =
        "/v2/probe/manifests/sha256:0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RequestLimit = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(5);

    // A registry that panics a moment after it starts listening has not started either.
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(300);

    private static readonly Regex RemoteUrl = new(
        @"(\bremoteurl[""']?[ \t]*:[ \t]*)(""[^""\r\n]*""|'[^'\r\n]*'|[^\s,}\]#]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex AddrValue = new(
        @"\baddr[""']?[ \t]*:[ \t]*([""']?)([^\s,}\]#""']*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The certificates are our own self-signed ones on loopback, so any certificate is accepted.
    private static readonly HttpClient Http = new(new SocketsHttpHandler
    {
        UseProxy = false,
        ConnectTimeout = TimeSpan.FromSeconds(1),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(1),
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    })
    {
        Timeout = RequestLimit,
    };

    /// <summary>Whether the registry and the tools the harness runs are installed.</summary>
    public static bool Available => Tools.Required.All(tool => Tools.Find(tool) is not null);

    public static RegistryRun Run(RegistryCase fixture)
    {
        // A free port can be taken by another process before the registry binds it; that says
        // nothing about the config, so the run is repeated on new ports.
        var run = RunOnce(fixture);
        for (var attempt = 1; attempt < 3 && PortWasTaken(run); attempt++)
        {
            run = RunOnce(fixture);
        }

        return run;
    }

    private static bool PortWasTaken(RegistryRun run) =>
        run.Observation.Log.Contains("address already in use", StringComparison.Ordinal);

    private static RegistryRun RunOnce(RegistryCase fixture)
    {
        var folder = Directory.CreateTempSubdirectory("rca-diff-").FullName;
        using var upstream = MentionsRemoteUrl(fixture) ? new StandInUpstream() : null;
        try
        {
            var port = FreePorts.Next();
            var placeholders = Placeholders(folder, port, upstream);
            var config = PointAtStandIn(Substitute(fixture.Config, placeholders), upstream);
            var environment = EnvironmentOf(fixture, port, placeholders, upstream);
            RefuseAnythingButLoopback(fixture.Name, config, environment);

            if (fixture.Bytes is not null && config != fixture.Config)
            {
                throw new InvalidOperationException($"{fixture.Name}: a config given as bytes takes no placeholders");
            }

            Tools.Provision(folder, fixture.Needs);
            foreach (var file in fixture.Files)
            {
                File.WriteAllText(Path.Combine(folder, file.Key), Substitute(file.Value, placeholders));
            }

            if (upstream is not null && !IsServing(upstream))
            {
                throw new InvalidOperationException($"{fixture.Name}: the stand-in upstream does not answer");
            }

            var path = Path.Combine(folder, "config.yml");
            var bytes = fixture.Bytes ?? new UTF8Encoding(false).GetBytes(config);
            File.WriteAllBytes(path, bytes);
            var observation = Observe(folder, path, port, environment, fixture.Needs);
            var log = observation.Log.Replace(folder, "__DIR__", StringComparison.Ordinal);

            return new RegistryRun(config, environment, observation.WithLog(log), bytes);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    /// <summary>A proxy registry asks its upstream at start, so the stand-in must answer before that.</summary>
    private static bool IsServing(StandInUpstream upstream)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartLimit)
        {
            if (Get(upstream.Url + "/v2/") is { Status: 200 })
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    private static Dictionary<string, string> Placeholders(string folder, int port, StandInUpstream? upstream) =>
        new()
        {
            ["__ROOT__"] = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName,
            ["__DIR__"] = folder,
            ["__PORT__"] = port.ToString(CultureInfo.InvariantCulture),
            ["__DEBUGPORT__"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["__UPSTREAM__"] = upstream?.Url ?? "",
        };

    private static List<KeyValuePair<string, string>> EnvironmentOf(RegistryCase fixture, int port,
        IReadOnlyDictionary<string, string> placeholders, StandInUpstream? upstream)
    {
        var listen = Substitute(fixture.ListenAddress, placeholders);
        if (!listen.StartsWith("127.0.0.1", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{fixture.Name}: the registry must listen on 127.0.0.1, not '{listen}'");
        }

        var environment = new List<KeyValuePair<string, string>> { new("REGISTRY_HTTP_ADDR", listen) };
        foreach (var variable in fixture.Environment)
        {
            var value = Substitute(variable.Value, placeholders);
            environment.Add(new(variable.Key, PointAtStandIn(variable.Key, value, upstream)));
        }

        return environment;
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> placeholders) =>
        placeholders.Aggregate(text, (text, pair) => text.Replace(pair.Key, pair.Value, StringComparison.Ordinal));

    private static bool MentionsRemoteUrl(RegistryCase fixture) =>
        fixture.Config.Contains("remoteurl", StringComparison.OrdinalIgnoreCase)
        || fixture.Environment.Any(v => v.Key.StartsWith("REGISTRY_PROXY", StringComparison.Ordinal)
            || v.Value.Contains("remoteurl", StringComparison.OrdinalIgnoreCase));

    // A registry in proxy mode contacts its upstream at start, so every upstream becomes the stand-in.
    // An empty remoteurl turns proxy mode off, so it stays empty.
    private static string PointAtStandIn(string text, StandInUpstream? upstream) =>
        upstream is null
            ? text
            : RemoteUrl.Replace(text, m => IsEmpty(m.Groups[2].Value) ? m.Value : m.Groups[1].Value + upstream.Url);

    private static string PointAtStandIn(string name, string value, StandInUpstream? upstream) =>
        upstream is not null && name == "REGISTRY_PROXY_REMOTEURL" && !IsEmpty(value)
            ? upstream.Url
            : PointAtStandIn(value, upstream);

    private static bool IsEmpty(string yamlScalar) => Unquote(yamlScalar).Length == 0;

    private static string Unquote(string yamlScalar) => yamlScalar.Trim().Trim('"', '\'');

    /// <summary>Stops before a fixture could make the registry listen or connect beyond loopback.</summary>
    private static void RefuseAnythingButLoopback(string caseName, string config,
        IReadOnlyList<KeyValuePair<string, string>> environment)
    {
        foreach (var text in environment.Select(v => v.Value).Prepend(config))
        {
            var mentions = Regex.Matches(text, "remoteurl", RegexOptions.IgnoreCase).Count;
            var pointed = RemoteUrl.Matches(text).Count(m => IsEmpty(m.Groups[2].Value)
                || Unquote(m.Groups[2].Value).StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
            if (mentions != pointed)
            {
                throw new InvalidOperationException($"{caseName}: a remoteurl could not be pointed at the stand-in");
            }

            var elsewhere = AddrValue.Matches(text).Select(m => m.Groups[2].Value)
                .FirstOrDefault(addr => !addr.StartsWith("127.0.0.1:", StringComparison.Ordinal));
            if (elsewhere is not null)
            {
                throw new InvalidOperationException($"{caseName}: every addr must be on 127.0.0.1, not '{elsewhere}'");
            }
        }

        var listeners = environment.Count(v => v.Key.StartsWith("REGISTRY_HTTP_ADDR", StringComparison.Ordinal)
            || v.Key is "REGISTRY_HTTP" or "REGISTRY_HTTP_NET");
        if (listeners != 1)
        {
            throw new InvalidOperationException($"{caseName}: only the harness sets where the registry listens");
        }
    }

    private static RegistryObservation Observe(string folder, string configPath, int port,
        IReadOnlyList<KeyValuePair<string, string>> environment, Provision needs)
    {
        var log = new StringBuilder();
        using var process = Start(folder, configPath, environment, log);
        try
        {
            var baseUrl = WaitUntilUp(process, port);
            if (baseUrl is null)
            {
                return new RegistryObservation(false, null, null, null, null, Stop(process, log));
            }

            var anonymous = Status(HttpMethod.Get, baseUrl + "/v2/_catalog", null);
            var bearer = new AuthenticationHeaderValue("Bearer", "made-up");
            var anyHeader = Status(HttpMethod.Get, baseUrl + "/v2/_catalog", bearer);
            var delete = Status(HttpMethod.Delete, baseUrl + UnknownManifest, bearer);
            if (DeleteAnswer(delete) is null && needs.HasFlag(Provision.Htpasswd))
            {
                // With htpasswd a made-up token never gets as far as the delete check; real credentials do.
                var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("user:pass"u8));
                delete = Status(HttpMethod.Delete, baseUrl + UnknownManifest, basic);
            }

            return new RegistryObservation(true, Ok(anonymous), Ok(anyHeader), DeleteAnswer(delete), delete,
                Stop(process, log));
        }
        finally
        {
            if (!process.HasExited)
            {
                Stop(process, log);
            }
        }
    }

    private static Process Start(string folder, string configPath,
        IReadOnlyList<KeyValuePair<string, string>> environment, StringBuilder log)
    {
        var info = new ProcessStartInfo("timeout")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "20", Tools.Registry, "serve", configPath })
        {
            info.ArgumentList.Add(argument);
        }

        // The fixture's environment alone decides the overrides, not whatever the test process inherited.
        var path = info.Environment["PATH"];
        info.Environment.Clear();
        info.Environment["PATH"] = path;

        foreach (var variable in environment)
        {
            info.Environment[variable.Key] = variable.Value;
        }

        if (Tools.Find(Tools.Registry) is null)
        {
            throw new InvalidOperationException(
                $"{Tools.Registry} is not on PATH; install Debian's docker-registry package to run this suite");
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        return process;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.Append(line).Append('\n');
        }
    }

    /// <summary>The base URL once /v2/ answers, or null when the registry exits or never answers.</summary>
    private static string? WaitUntilUp(Process process, int port)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartLimit)
        {
            if (process.HasExited)
            {
                return null;
            }

            var answer = Get(baseUrl + "/v2/");
            if (answer is not null)
            {
                // Go answers plain HTTP on a TLS listener with a 400 that says so.
                if (answer.Value.Status == 400 && answer.Value.Body.Contains("HTTPS server", StringComparison.Ordinal)
                    && baseUrl.StartsWith("http:", StringComparison.Ordinal))
                {
                    baseUrl = $"https://127.0.0.1:{port}";
                    continue;
                }

                Thread.Sleep(SettleTime);

                return process.HasExited ? null : baseUrl;
            }

            Thread.Sleep(50);
        }

        return null;
    }

    private static (int Status, string Body)? Get(string url)
    {
        try
        {
            using var response = Http.GetAsync(url).GetAwaiter().GetResult();
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

            return ((int)response.StatusCode, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    private static int? Status(HttpMethod method, string url, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = authorization;
        try
        {
            using var response = Http.Send(request);

            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    private static bool? Ok(int? status) => status is null ? null : status == (int)HttpStatusCode.OK;

    private static bool? DeleteAnswer(int? status) => status switch
    {
        404 or 202 => true,
        405 => false,
        _ => null,
    };

    /// <summary>Stops the process this harness started (and the registry under it) and returns its log.</summary>
    private static string Stop(Process process, StringBuilder log)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        // This also waits for the last lines of output, bounded in case a pipe is held open.
        using var wait = new CancellationTokenSource(StopLimit);
        try
        {
            process.WaitForExitAsync(wait.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // The log may then lack its last lines; the verdict does not depend on them.
        }

        lock (log)
        {
            return log.ToString();
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A registry still shutting down may hold a file a moment longer; retry once.
            Thread.Sleep(200);
            Directory.Delete(folder, recursive: true);
        }
    }
}
