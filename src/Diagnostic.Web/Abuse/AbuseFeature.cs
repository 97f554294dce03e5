using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Abuse;

/// <summary>
/// What stands between the site and a script: rate limits on the requests a script would repeat (answers, codes,
/// sign-in), answered with the 429 status page and a Retry-After header, and forms it cannot read.
/// </summary>
public static class AbuseFeature
{
    public static IServiceCollection AddAbuseFeature(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            limiter.GlobalLimiter = RequestLimits.Create(limits.Value);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // No body here: the status page (/erreur/429) explains in the reader's language.
            limiter.OnRejected = (context, _) =>
            {
                var kind = RequestLimits.KindOf(context.HttpContext);
                var rule = kind is { } k ? limits.Value.For(k) : limits.Value.Submissions;
                context.HttpContext.Response.Headers.RetryAfter = RequestLimits.RetryAfterSeconds(context.Lease, rule);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AbuseFeature))
                    .LogInformation("Rate limit reached for {Kind}", kind);
                return ValueTask.CompletedTask;
            };
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    /// <summary>After routing (the limits depend on the page), before authentication and the pages.</summary>
    public static IApplicationBuilder UseAbuseGuards(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.UseUnreadableFormGuard();
        return app;
    }
}
