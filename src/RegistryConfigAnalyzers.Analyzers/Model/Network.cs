namespace RegistryConfigAnalyzers.Analyzers.Model;

internal static class Network
{
    /// <summary>Whether a bind address means every interface (Docker's default when none is given).</summary>
    public static bool IsAllInterfaces(string? hostIp) =>
        string.IsNullOrWhiteSpace(hostIp) || hostIp == "0.0.0.0" || hostIp == "::" || hostIp == "[::]"
        || hostIp == "*" || hostIp == "+";

    public static bool IsLoopback(string? host) =>
        host is not null
        && (host == "localhost" || host == "::1" || host == "[::1]" || host.StartsWith("127.", System.StringComparison.Ordinal));

    /// <summary>Splits <c>host:port</c>, <c>:port</c> or <c>[v6]:port</c>; false when there is no port.</summary>
    public static bool TrySplitAddress(string address, out string host, out int port)
    {
        host = "";
        port = 0;
        var colon = address.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(address.Substring(colon + 1), out port))
        {
            return false;
        }

        host = address.Substring(0, colon);
        return true;
    }
}
