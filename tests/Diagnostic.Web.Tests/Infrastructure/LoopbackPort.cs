using System.Net;
using System.Net.Sockets;

namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>
/// A free port on 127.0.0.1, known before Kestrel starts, so the app's PublicBaseUrl (and the hosts it answers) can
/// name the address the browser or client will really use.
/// </summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
