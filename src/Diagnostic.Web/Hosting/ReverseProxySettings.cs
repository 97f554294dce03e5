namespace Diagnostic.Web.Hosting;

/// <summary>
/// Section "ReverseProxy": the proxies (nginx, Caddy, a load balancer) whose X-Forwarded-For and X-Forwarded-Proto
/// are believed. From any other address those headers are ignored, so nobody can pretend to be HTTPS or another client.
/// </summary>
public sealed class ReverseProxySettings
{
    public const string Section = "ReverseProxy";

    /// <summary>IP addresses of the proxies, e.g. "10.0.0.2". Loopback (a proxy on the same machine) is always known.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. "172.18.0.0/16" for a container network whose addresses change.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
