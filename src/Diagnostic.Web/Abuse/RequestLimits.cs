using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Diagnostic.Web.Pages.Answer;

namespace Diagnostic.Web.Abuse;

/// <summary>
/// The partitions of ASP.NET Core's rate limiter: a POST to a page marked <see cref="RateLimitedAttribute"/> takes one
/// permit from its visitor's window (the draft named by the collecte's draft cookie, when it is genuine) and one
/// from its address's window (an IPv6 address counts by its /64, what one household or device usually gets). Fixed
/// windows, no queue: beyond the limit the answer is immediate. Staff sign-in slides its window instead: a fixed one
/// lets twice the limit through across a window's end, enough for one address to lock an account.
/// </summary>
public static class RequestLimits
{
    private static readonly RateLimitPartition<string> Unlimited = RateLimitPartition.GetNoLimiter("unlimited");

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions options) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => ByVisitor(context, options)),
            PartitionedRateLimiter.Create<HttpContext, string>(context => ByAddress(context, options)));

    /// <summary>The kind of counted request this is, or null: only POSTs to marked pages count.</summary>
    public static RateLimitKind? KindOf(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>() is { } marked
            ? marked.Kind
            : null;

    private static RateLimitPartition<string> ByVisitor(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled || KindOf(context) is not { } kind) return Unlimited;
        var rule = options.For(kind);
        // Only a genuine draft cookie names a visitor: random cookie values must not each open a new window.
        if (rule.PerVisitor == 0 || context.GetRouteValue("code") is not string code
            || context.RequestServices.GetRequiredService<DraftCookie>().Read(context.Request, code) is not { } draft)
            return Unlimited;
        return Window($"{kind}|visitor|{code}|{draft.PublicId}", rule.PerVisitor, rule, kind);
    }

    private static RateLimitPartition<string> ByAddress(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled || KindOf(context) is not { } kind) return Unlimited;
        var rule = options.For(kind);
        return Window($"{kind}|address|{AddressKey(context.Connection.RemoteIpAddress)}", rule.PerAddress, rule, kind);
    }

    private static RateLimitPartition<string> Window(string key, int permits, RateLimitRule rule, RateLimitKind kind) =>
        kind == RateLimitKind.SignIn
            ? RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = rule.Window,
                SegmentsPerWindow = SignInSegments,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = rule.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private const int SignInSegments = 10;

    /// <summary>
    /// The span in which the sliding sign-in limit lets at most PerAddress attempts through from one address: its window
    /// less one segment (a permit taken at a segment's end comes back one window after that segment's start).
    /// </summary>
    public static TimeSpan SignInSpan(RateLimitRule rule) => rule.Window - rule.Window / SignInSegments;

    private static string AddressKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    /// <summary>Seconds until the refused window opens again (Retry-After), from the lease or else the rule's window.</summary>
    public static string RetryAfterSeconds(RateLimitLease lease, RateLimitRule rule) =>
        Math.Max(1, (int)Math.Ceiling((lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : rule.Window).TotalSeconds))
            .ToString(CultureInfo.InvariantCulture);
}
