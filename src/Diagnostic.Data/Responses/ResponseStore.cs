using Diagnostic.Data.Entities;
using Diagnostic.Data.Portraits;
using Diagnostic.Data.Querying;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Responses;

/// <summary>Draft and submission steps of a response, each one database call the pages can rely on.</summary>
public sealed class ResponseStore(DiagnosticDbContext db, TimeProvider clock)
{
    /// <summary>Creates the draft at consent; returns it with the resume code (shown once per page, never stored).</summary>
    /// <remarks><paramref name="channel"/> is kiosk at an in-person event; <paramref name="neighbourhoodCode"/> comes
    /// pre-chosen from a neighbourhood's poster (the person can still change it).</remarks>
    public async Task<(Response Draft, string ResumeCode)> StartAsync(
        Collecte collecte, string questionnaireHash, string language, CancellationToken cancellationToken,
        ResponseChannel channel = ResponseChannel.Web, string? neighbourhoodCode = null)
    {
        var code = ResumeCode.New();
        var draft = new Response
        {
            PublicId = Guid.NewGuid().ToString(),
            CollecteId = collecte.Id,
            Audience = collecte.Audience,
            Language = language,
            Channel = channel,
            NeighbourhoodCode = neighbourhoodCode,
            StartedAt = clock.GetUtcNow(),
            QuestionnaireHash = questionnaireHash,
            Status = ResponseStatus.Draft,
            ResumeCodeHash = ResumeCode.Hash(collecte.Id, code),
        };
        db.Responses.Add(draft);
        await DraftDurability.RelaxedAsync(db, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return (draft, code);
    }

    /// <summary>
    /// The response behind a draft cookie, read without change tracking (every answer page reads it, and tracking a
    /// dictionary of answers means a copy and a deep comparison per request); <see cref="SaveDraftAsync"/> writes it.
    /// </summary>
    public Task<Response?> FindAsync(int collecteId, string publicId, CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? SqliteDraftRead.FindAsync(db, collecteId, publicId, cancellationToken)
            : ByPublicId.For(db)(db, collecteId, publicId, cancellationToken);

    private static readonly PerModelQuery<Func<DiagnosticDbContext, int, string, CancellationToken, Task<Response?>>> ByPublicId = new(() =>
        EF.CompileAsyncQuery((DiagnosticDbContext db, int collecteId, string publicId, CancellationToken _) =>
            db.Responses.AsNoTracking().SingleOrDefault(r => r.CollecteId == collecteId && r.PublicId == publicId)));

    public async Task<Response?> FindByResumeCodeAsync(int collecteId, string typedCode, CancellationToken cancellationToken)
    {
        var code = ResumeCode.Normalize(typedCode);
        if (code is null) return null;
        var hash = ResumeCode.Hash(collecteId, code);
        return await db.Responses.FirstOrDefaultAsync(
            r => r.CollecteId == collecteId && r.ResumeCodeHash == hash, cancellationToken);
    }

    /// <summary>
    /// Saves a draft's answers, neighbourhood and language as one guarded UPDATE (no change tracking): a response
    /// submitted meanwhile, from another tab, is never changed. Returns false then.
    /// </summary>
    public async Task<bool> SaveDraftAsync(Response draft, CancellationToken cancellationToken)
    {
        if (draft.Status != ResponseStatus.Draft) return false;
        if (db.Database.IsSqlite()) return await SqliteDraftSave.SaveAsync(db, draft, cancellationToken);
        // PostgreSQL: no relaxed durability to ask for (DraftDurability), so EF's update as it is.
        var changed = await db.Responses
            .Where(r => r.Id == draft.Id && r.Status == ResponseStatus.Draft)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Answers, draft.Answers)
                .SetProperty(r => r.NeighbourhoodCode, draft.NeighbourhoodCode)
                .SetProperty(r => r.Language, draft.Language), cancellationToken);
        return changed == 1;
    }

    /// <summary>
    /// The draft → submitted transition as one guarded UPDATE: of two identical posts, exactly one changes
    /// the row; the other sees it already submitted. Returns true when this call submitted it. The portrait's
    /// accumulators take the response in the same transaction (<see cref="PortraitCells"/>).
    /// </summary>
    public async Task<bool> SubmitAsync(int collecteId, string publicId, string submissionKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await PortraitCells.BeginAsync(db, cancellationToken);
        await PortraitCells.LockAsync(db, collecteId, cancellationToken);
        var changed = await db.Responses
            .Where(r => r.CollecteId == collecteId && r.PublicId == publicId && r.Status == ResponseStatus.Draft)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, ResponseStatus.Submitted)
                .SetProperty(r => r.SubmittedAt, now)
                .SetProperty(r => r.SubmissionKey, submissionKey)
                .SetProperty(r => r.ResumeCodeHash, (string?)null), cancellationToken);
        if (changed == 1)
        {
            var collecte = await CollecteQuestionnaire.LoadAsync(db, collecteId, cancellationToken);
            var submitted = await ResponseStream.ReadSubmittedAsync(db, collecteId, publicId, collecte.Questionnaire, cancellationToken);
            await PortraitCells.ApplyAsync(db, collecte, [submitted!], [], cancellationToken);
        }
        await PortraitCells.CommitAsync(transaction, cancellationToken);
        return changed == 1;
    }
}
