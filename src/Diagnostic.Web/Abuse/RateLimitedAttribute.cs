namespace Diagnostic.Web.Abuse;

/// <summary>On a page model: its POSTs count against the <see cref="RateLimitKind"/>'s rule (see <see cref="RequestLimits"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RateLimitedAttribute(RateLimitKind kind) : Attribute
{
    public RateLimitKind Kind => kind;
}
