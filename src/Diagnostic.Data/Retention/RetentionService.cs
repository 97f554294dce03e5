using Diagnostic.Core.Analysis;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Responses;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Retention;

/// <summary>
/// Applies retention dates (Loi 25: destroy raw answers once the purpose is achieved). For each collecte whose
/// RetainUntil is past (a Québec day) and which still has responses, in one transaction: compute its portrait with
/// PortraitBuilder, store it as a PortraitArchive (PortraitJsonWriter output), then delete every response (drafts
/// too). The portrait figures stay, so a later bilan can still compare (domain.md 5.0). Only drafts left (someone
/// consented after the purge and went away): they go, and no empty archive hides the one kept before.
/// </summary>
public sealed class RetentionService(DiagnosticDbContext db, TimeProvider clock)
{
    /// <summary>Collectes past their date on <paramref name="today"/> that still hold responses.</summary>
    public Task<List<string>> DueAsync(DateOnly today, CancellationToken ct) =>
        db.Collectes.AsNoTracking()
            .Where(s => s.RetainUntil != null && s.RetainUntil < today && db.Responses.Any(r => r.CollecteId == s.Id))
            .OrderBy(s => s.PublicCode)
            .Select(s => s.PublicCode)
            .ToListAsync(ct);

    /// <summary>The day retention compares with: the Québec day, as every collecte date (« conservé jusqu'au 31 mars »
    /// keeps the answers through the evening of the 31st).</summary>
    public DateOnly Today => QuebecDates.DayOf(clock.GetUtcNow());

    /// <summary>Purges every collecte past its date; one that fails (a busy database, a snapshot that no longer
    /// reads) is reported and the others are still purged.</summary>
    public async Task<RetentionRun> ApplyAsync(int minCell, CancellationToken ct)
    {
        var done = new List<RetentionOutcome>();
        var failed = new List<RetentionFailure>();
        foreach (var code in await DueAsync(Today, ct))
        {
            try
            {
                var collecte = await ExchangeCollecte.FindAsync(db, code, null, ct);
                if (collecte is not null && await ApplyAsync(collecte, minCell, ct) is { } outcome) done.Add(outcome);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                failed.Add(new RetentionFailure(code, e));
            }
        }
        return new RetentionRun(done, failed);
    }

    /// <summary>
    /// Archives the portrait of one collecte and deletes its responses, in one transaction. Null when there is
    /// nothing left to purge: another instance's job (or a second run) got there first.
    /// </summary>
    public async Task<RetentionOutcome?> ApplyAsync(ExchangeCollecte collecte, int minCell, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(collecte.Id, ct)) return null;
        var builder = new PortraitBuilder(collecte.Questionnaire, new AnalysisOptions { MinCell = minCell });
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, collecte.Id, collecte.Questionnaire, ct))
        {
            builder.Add(response);
        }
        PortraitArchive? archive = null;
        if (builder.ResponseCount > 0)
        {
            archive = new PortraitArchive
            {
                CollecteId = collecte.Id,
                MinCell = minCell,
                ResponseCount = builder.ResponseCount,
                QuestionnaireHash = collecte.Questionnaire.SourceHash,
                Json = PortraitJsonWriter.ToJson(builder.Build()),
                CreatedAt = clock.GetUtcNow(),
            };
            db.PortraitArchives.Add(archive);
            await db.SaveChangesAsync(ct);
        }
        var deleted = await db.Responses.Where(r => r.CollecteId == collecte.Id).ExecuteDeleteAsync(ct);
        // No response left: no accumulator either (the claim above took the collecte's lock).
        await db.PortraitCells.Where(c => c.CollecteId == collecte.Id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new RetentionOutcome(collecte.Id, collecte.Code, deleted, archive?.Id);
    }

    /// <summary>
    /// Takes the collecte's row for this transaction (a no-op update: PostgreSQL locks the row, SQLite's write
    /// transaction already excludes other writers), then looks again, in a new statement that sees what a
    /// concurrent purge committed meanwhile, whether any response is left. Two instances running the job at once
    /// thus write one archive and one audit entry.
    /// </summary>
    private async Task<bool> ClaimAsync(int collecteId, CancellationToken ct)
    {
        var claimed = await db.Collectes.Where(s => s.Id == collecteId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RetainUntil, s => s.RetainUntil), ct);
        return claimed == 1 && await db.Responses.AnyAsync(r => r.CollecteId == collecteId, ct);
    }

    /// <summary>The archived portraits of a collecte, newest first.</summary>
    public Task<List<PortraitArchive>> ArchivesAsync(int collecteId, CancellationToken ct) =>
        db.PortraitArchives.AsNoTracking()
            .Where(a => a.CollecteId == collecteId)
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);
}
