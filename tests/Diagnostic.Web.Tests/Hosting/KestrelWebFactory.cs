using System.Net;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Hosting;

/// <summary>
/// The test app on a real Kestrel socket (127.0.0.1, its own port, which is also its PublicBaseUrl): what Kestrel
/// itself adds to a response (the Server header) only shows there, not on the in-memory test server.
/// </summary>
public sealed class KestrelWebFactory : DiagnosticWebFactory
{
    private readonly int port = LoopbackPort.Free();

    public KestrelWebFactory()
    {
        PublicBaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    public Uri Address => new(PublicBaseUrl + "/");

    /// <summary>A client of the real socket with its own cookies and no redirects followed.</summary>
    public HttpClient SocketClient()
    {
        StartServer();
        return new HttpClient(new SocketsHttpHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = Address };
    }
}
