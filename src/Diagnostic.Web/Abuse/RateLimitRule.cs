namespace Diagnostic.Web.Abuse;

/// <summary>
/// How many requests of one kind are let through per fixed window: from one client address (generous: a kiosk, a
/// library or a proxy puts many people behind one address) and from one visitor, known by the collecte's draft
/// cookie (strict: one person; 0 = no per-visitor limit). Beyond either, the request gets a 429 page and does nothing.
/// </summary>
public sealed class RateLimitRule
{
    public int PerAddress { get; set; }
    public int PerVisitor { get; set; }
    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
