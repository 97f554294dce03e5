namespace Diagnostic.Web.Abuse;

/// <summary>What stands between the site and a script: forms it cannot read, and (next) rate limits.</summary>
public static class AbuseFeature
{
    /// <summary>After routing (the limits depend on the page), before authentication and the pages.</summary>
    public static IApplicationBuilder UseAbuseGuards(this IApplicationBuilder app)
    {
        app.UseUnreadableFormGuard();
        return app;
    }
}
