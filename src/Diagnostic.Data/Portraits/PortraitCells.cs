using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Diagnostic.Data.Portraits;

/// <summary>
/// The one way the portrait's stored accumulators (<see cref="PortraitCell"/>) follow the responses. Every write of
/// submitted responses (submission, paper entry, import, retention, deletion) calls <see cref="LockAsync"/> first
/// and <see cref="ApplyAsync"/> after, inside its own transaction: the cells change with the rows or not at all,
/// and whichever instance reads them next gets the same figures. The lock is a no-op update of the collecte's row:
/// PostgreSQL holds it until commit, so two submissions cannot lose one another's update, and SQLite's write
/// transaction already admits one writer. Readers check that the cells count every submitted response; when they
/// do not (rows written by another path, a questionnaire change, a new cell format), the cells are rebuilt from the rows.
/// </summary>
public static class PortraitCells
{
    /// <summary>Takes the collecte for the current transaction; call before changing its responses.</summary>
    // Written as SQL (the same on both providers): as a LINQ update, EF translated it again on every submission (issue 16).
    public static Task LockAsync(DiagnosticDbContext db, int collecteId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"UPDATE \"Collectes\" SET \"RetainUntil\" = \"RetainUntil\" WHERE \"Id\" = {collecteId}", ct);

    /// <summary>Adds and removes responses in their cells (read, changed, written back: a few kB per cell).</summary>
    public static async Task ApplyAsync(
        DiagnosticDbContext db, CollecteQuestionnaire collecte, IReadOnlyCollection<ResponseRecord> added,
        IReadOnlyCollection<ResponseRecord> removed, CancellationToken ct)
    {
        if (added.Count == 0 && removed.Count == 0) return;
        var portrait = new PortraitBuilder(collecte.Questionnaire);
        var likert = new LikertCountsBuilder(collecte.Questionnaire);
        var keys = added.Concat(removed).Select(r => (r.Audience, r.Neighbourhood)).Distinct().ToList();
        var stored = await CellsAsync(db, collecte.CollecteId, keys, ct);
        if (stored.Any(c => c.QuestionnaireHash != collecte.Hash || c.Format != PortraitBuilder.CellFormat))
        {
            // Written for another questionnaire or format: drop them all, the next reader rebuilds.
            await db.PortraitCells.Where(c => c.CollecteId == collecte.CollecteId).ExecuteDeleteAsync(ct);
            return;
        }
        foreach (var cell in stored)
        {
            portrait.MergeCell(cell.Audience, cell.NeighbourhoodCode, cell.Accumulators);
            likert.MergeCell(cell.Audience, cell.NeighbourhoodCode, cell.LikertCounts);
        }
        foreach (var response in added) { portrait.Add(response); likert.Add(response); }
        foreach (var response in removed) { portrait.Remove(response); likert.Remove(response); }
        foreach (var (audience, neighbourhood) in keys)
        {
            var cell = stored.FirstOrDefault(c => c.Audience == audience && c.NeighbourhoodCode == neighbourhood);
            if (portrait.IsEmpty(audience, neighbourhood))
            {
                if (cell is not null) db.PortraitCells.Remove(cell);
                continue;
            }
            if (cell is null)
            {
                cell = NewCell(collecte, audience, neighbourhood);
                db.PortraitCells.Add(cell);
            }
            Write(cell, portrait, likert);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The collecte's accumulators from its cells when they count every submitted response (one statement, so a
    /// commit in between cannot make them disagree), otherwise computed from the rows (<see cref="MaintainedPortrait.Rebuilt"/>),
    /// without writing: the caller may sit inside another connection's write transaction (a seeder), so storing the
    /// rebuilt cells is left to <see cref="RebuildAsync"/>, which PortraitCache runs in the background.
    /// </summary>
    public static async Task<MaintainedPortrait> LoadAsync(
        DiagnosticDbContext db, CollecteQuestionnaire collecte, AnalysisOptions options, CancellationToken ct)
    {
        var portrait = new PortraitBuilder(collecte.Questionnaire, options);
        var likert = new LikertCountsBuilder(collecte.Questionnaire);
        var rows = await db.PortraitCells.AsNoTracking().Where(c => c.CollecteId == collecte.CollecteId)
            .Select(c => new
            {
                Cell = c,
                Submitted = db.Responses.Count(r => r.CollecteId == collecte.CollecteId && r.Status == ResponseStatus.Submitted),
            })
            .ToListAsync(ct);
        var consistent = rows.Count > 0
            && rows.All(r => r.Cell.QuestionnaireHash == collecte.Hash && r.Cell.Format == PortraitBuilder.CellFormat)
            && rows.Sum(r => (long)r.Cell.Respondents) == rows[0].Submitted;
        if (rows.Count == 0 && !await db.Responses.AnyAsync(r => r.CollecteId == collecte.CollecteId && r.Status == ResponseStatus.Submitted, ct))
            return new MaintainedPortrait(portrait, likert, Rebuilt: false);
        if (!consistent) return await FromRowsAsync(db, collecte, options, ct);
        foreach (var row in rows)
        {
            portrait.MergeCell(row.Cell.Audience, row.Cell.NeighbourhoodCode, row.Cell.Accumulators);
            likert.MergeCell(row.Cell.Audience, row.Cell.NeighbourhoodCode, row.Cell.LikertCounts);
        }
        return new MaintainedPortrait(portrait, likert, Rebuilt: false);
    }

    /// <summary>Recomputes every cell of the collecte from its submitted rows, in one transaction (CLI: rebuild-portraits).</summary>
    public static async Task<MaintainedPortrait> RebuildAsync(
        DiagnosticDbContext db, CollecteQuestionnaire collecte, AnalysisOptions options, CancellationToken ct)
    {
        var portrait = new PortraitBuilder(collecte.Questionnaire, options);
        var likert = new LikertCountsBuilder(collecte.Questionnaire);
        await using var transaction = await BeginAsync(db, ct);
        await LockAsync(db, collecte.CollecteId, ct);
        await db.PortraitCells.Where(c => c.CollecteId == collecte.CollecteId).ExecuteDeleteAsync(ct);
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, collecte.CollecteId, collecte.Questionnaire, ct))
        {
            portrait.Add(response);
            likert.Add(response);
        }
        foreach (var (audience, neighbourhood) in portrait.Cells)
        {
            var cell = NewCell(collecte, audience, neighbourhood);
            Write(cell, portrait, likert);
            db.PortraitCells.Add(cell);
        }
        await db.SaveChangesAsync(ct);
        await CommitAsync(transaction, ct);
        db.ChangeTracker.Clear();
        return new MaintainedPortrait(portrait, likert, Rebuilt: true);
    }

    private static async Task<MaintainedPortrait> FromRowsAsync(
        DiagnosticDbContext db, CollecteQuestionnaire collecte, AnalysisOptions options, CancellationToken ct)
    {
        var portrait = new PortraitBuilder(collecte.Questionnaire, options);
        var likert = new LikertCountsBuilder(collecte.Questionnaire);
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, collecte.CollecteId, collecte.Questionnaire, ct))
        {
            portrait.Add(response);
            likert.Add(response);
        }
        return new MaintainedPortrait(portrait, likert, Rebuilt: true);
    }

    /// <summary>The record a stored response gives the analysis, from the answers a write path holds.</summary>
    public static ResponseRecord Record(Questionnaire questionnaire, Response response) => new(
        response.PublicId, response.NeighbourhoodCode ?? "", response.Audience, response.Language, response.SubmittedAt,
        questionnaire.Questions.Select(q => response.Answers.TryGetValue(q.Id, out var v) && v.Length > 0 ? v : null).ToArray());

    /// <summary>
    /// A transaction for a write of responses and its cells, or null inside the caller's own one (they then commit
    /// with it): write paths call this rather than BeginTransactionAsync so they can be composed.
    /// </summary>
    public static async Task<IDbContextTransaction?> BeginAsync(DiagnosticDbContext db, CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    public static async Task CommitAsync(IDbContextTransaction? transaction, CancellationToken ct)
    {
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    private static async Task<List<PortraitCell>> CellsAsync(
        DiagnosticDbContext db, int collecteId, List<(Audience Audience, string Neighbourhood)> keys, CancellationToken ct)
    {
        var cells = new List<PortraitCell>();
        foreach (var group in keys.GroupBy(k => k.Audience))
        {
            var codes = group.Select(k => k.Neighbourhood).ToList();
            cells.AddRange(await db.PortraitCells
                .Where(c => c.CollecteId == collecteId && c.Audience == group.Key && codes.Contains(c.NeighbourhoodCode))
                .ToListAsync(ct));
        }
        return cells;
    }

    private static PortraitCell NewCell(CollecteQuestionnaire collecte, Audience audience, string neighbourhood) => new()
    {
        CollecteId = collecte.CollecteId, Audience = audience, NeighbourhoodCode = neighbourhood,
        QuestionnaireHash = collecte.Hash, Format = PortraitBuilder.CellFormat, Accumulators = [], LikertCounts = [],
    };

    private static void Write(PortraitCell cell, PortraitBuilder portrait, LikertCountsBuilder likert)
    {
        cell.Accumulators = portrait.WriteCell(cell.Audience, cell.NeighbourhoodCode);
        cell.LikertCounts = likert.WriteCell(cell.Audience, cell.NeighbourhoodCode);
        cell.Respondents = portrait.RespondentsOf(cell.Audience, cell.NeighbourhoodCode);
    }
}
