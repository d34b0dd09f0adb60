using System;
using System.Net;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>
/// The registry hands `http.addr` and `http.debug.addr` to Go's listener, which refuses an address
/// without a port or with a port it cannot read. The debug server and the main listener are two
/// sockets, so the same port on overlapping hosts makes one of them fail (reported as RCA0017).
/// Either failure ends the process at start.
/// </summary>
internal sealed class RCA0015ListenAddressRule : IConfigRule
{
    // Go resolves these names itself before it looks in /etc/services.
    private static readonly string[] GoServiceNames =
    {
        "ftp", "ftps", "gopher", "http", "https", "imap2", "imap3", "imaps", "pop3", "pop3s", "smtp",
        "submissions", "ssh", "telnet",
    };

    public void Check(RuleContext c)
    {
        if (c.Http is not { } http)
        {
            return;
        }

        var main = http.Scalar("net") is { IsUnknown: true } || http.Text("net") is not (null or "" or "tcp")
            ? null
            : Check(c, http.Scalar("addr"), "http.addr", "the registry stops");
        var debug = Check(c, http.Map("debug")?.Scalar("addr"), "http.debug.addr",
            "the debug server cannot listen and the registry exits");
        if (main is not { } m || debug is not { } d || m.Port == 0 || m.Port != d.Port || !Overlap(m.Host, d.Host))
        {
            return;
        }

        c.Fatal(RuleIds.InvalidSection, d.Value.Span,
            $"`http.debug.addr: {d.Value.Text}` takes the port of `http.addr: {m.Value.Text}`; only one socket can listen there, and the registry exits at start",
            m.Value.Span);
    }

    private static Address? Check(RuleContext c, ConfigScalar? value, string key, string outcome)
    {
        // An empty main address listens on a random port; an empty debug address turns the server off.
        if (value is not { IsUnknown: false, IsNull: false } || value.Text.Length == 0)
        {
            return null;
        }

        var problem = Parse(value.Text, out var host, out var port);
        if (problem is not null)
        {
            c.Fatal(RuleIds.InvalidValueType, value.Span, $"`{key}: {value.Text}` {problem}; {outcome}");
            return null;
        }

        return port < 0 ? null : new Address(value, host, port);
    }

    /// <summary>
    /// Splits an address as Go's net.SplitHostPort does and reads its port as Go's resolver does.
    /// A port given by a service name Go does not know itself is looked up in /etc/services, which
    /// the engine cannot see; it counts as a failure unless it is one Go knows.
    /// </summary>
    private static string? Parse(string text, out string host, out int port)
    {
        host = "";
        port = -1;
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return "has no port (Go needs `host:port` or `:port`)";
        }

        var portStart = colon + 1;
        if (text[0] == '[')
        {
            var end = text.IndexOf(']');
            if (end < 0)
            {
                return "has a `[` without `]`";
            }

            if (end + 1 == text.Length)
            {
                return "has no port (Go needs `host:port` or `:port`)";
            }

            if (end + 1 != colon)
            {
                return text[end + 1] == ':' ? "has too many colons" : "has no port (Go needs `host:port` or `:port`)";
            }

            host = text.Substring(1, end - 1);
            if (text.IndexOf('[', 1) >= 0 || text.IndexOf(']', end + 1) >= 0)
            {
                return "has a stray bracket";
            }
        }
        else
        {
            host = text.Substring(0, colon);
            if (host.IndexOf(':') >= 0)
            {
                return "has too many colons (an IPv6 host needs brackets: `[::1]:5000`)";
            }

            if (text.IndexOf('[') >= 0 || text.IndexOf(']') >= 0)
            {
                return "has a stray bracket";
            }
        }

        var service = text.Substring(portStart);
        if (ReadPort(service) is { } number)
        {
            if (number is < 0 or > 65535)
            {
                return $"has port {service}, outside 0 to 65535";
            }

            port = number;
            return null;
        }

        if (Array.IndexOf(GoServiceNames, service.ToLowerInvariant()) >= 0)
        {
            return null;
        }

        return $"has port `{service}`, which is not a number or a service name Go knows";
    }

    /// <summary>Go's parsePort: an optional sign and digits, saturating; null when it is a name.</summary>
    private static int? ReadPort(string service)
    {
        if (service.Length == 0)
        {
            return 0;
        }

        var negative = service[0] == '-';
        var start = service[0] is '+' or '-' ? 1 : 0;
        long value = 0;
        for (var i = start; i < service.Length; i++)
        {
            var digit = service[i];
            if (digit is < '0' or > '9')
            {
                return null;
            }

            value = Math.Min(value * 10 + (digit - '0'), 1L << 31);
        }

        return (int)Math.Min(negative ? -value : value, int.MaxValue);
    }

    private static bool Overlap(string a, string b)
    {
        var first = Normalise(a);
        var second = Normalise(b);
        return first.Length == 0 || second.Length == 0 || first == second;
    }

    // Go listens on a dual-stack wildcard socket for an empty host, 0.0.0.0 and ::.
    private static string Normalise(string host)
    {
        if (host == "localhost")
        {
            return "127.0.0.1";
        }

        if (IPAddress.TryParse(host, out var ip))
        {
            return ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) ? "" : ip.ToString();
        }

        return host;
    }

    private readonly struct Address
    {
        public Address(ConfigScalar value, string host, int port)
        {
            Value = value;
            Host = host;
            Port = port;
        }

        public ConfigScalar Value { get; }

        public string Host { get; }

        public int Port { get; }
    }
}
