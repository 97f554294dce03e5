using Diagnostic.Data;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Audit;

/// <summary>The audit log filtered by action, actor and dates (inclusive days in Québec, as the page shows the times), newest first, one page at a time.</summary>
public sealed record AuditQuery(string? Action, string? Actor, DateOnly? From, DateOnly? To, int Page)
{
    public const int PageSize = 50;

    public sealed record Result(IReadOnlyList<AuditEntry> Entries, int Total, int Pages);

    public async Task<Result> RunAsync(DiagnosticDbContext db, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(e => e.Action == Action);
        if (!string.IsNullOrWhiteSpace(Actor)) query = query.Where(e => e.ActorDisplay.Contains(Actor.Trim()));
        if (From is { } from) query = query.Where(e => e.AtUtc >= QuebecDates.StartOf(from).UtcDateTime);
        if (To is { } to) query = query.Where(e => e.AtUtc < QuebecDates.EndOf(to).UtcDateTime);
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pages);
        var entries = await query.OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new Result(entries, total, pages);
    }
}
