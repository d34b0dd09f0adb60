using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace RegistryConfigAnalyzers.TestSupport;

/// <summary>Hands out loopback ports that are free now and were not handed out before in this process.</summary>
public static class FreePorts
{
    private static readonly HashSet<int> Given = new();

    public static int Next()
    {
        lock (Given)
        {
            while (true)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (port >= 10000 && Given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
