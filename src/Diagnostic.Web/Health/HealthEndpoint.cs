using System.Data.Common;
using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Health;

/// <summary>
/// `GET /health` for a load balancer or a monitor: 200 when the database answers and every migration is applied,
/// 503 otherwise. Anonymous and tiny: a status word, never data, settings or an exception text.
/// </summary>
public static class HealthEndpoint
{
    public const string Route = "/health";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, CheckAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(
        DiagnosticDbContext db, ILoggerFactory loggers, HttpResponse response, CancellationToken ct)
    {
        response.Headers.CacheControl = "no-store";
        try
        {
            if (!await db.Database.CanConnectAsync(ct)) return Unavailable("database-unreachable");
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) return Unavailable("migrations-pending");
            return Results.Json(new HealthStatus("ok"));
        }
        catch (DbException ex)
        {
            // The type and code say what failed; the message may quote a path or a query, so it stays out of the log.
            loggers.CreateLogger(typeof(HealthEndpoint)).LogWarning("Health check: database error {Type} {Code}", ex.GetType().Name, ex.ErrorCode);
            return Unavailable("database-unreachable");
        }
    }

    private static IResult Unavailable(string reason) =>
        Results.Json(new HealthStatus("unavailable", reason), statusCode: StatusCodes.Status503ServiceUnavailable);

    private sealed record HealthStatus(string Status, string? Reason = null);
}
