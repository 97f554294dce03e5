using Diagnostic.Data.Portraits;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Responses;

/// <summary>
/// Deletes chosen submitted responses of a collecte (a staff correction: a duplicate paper entry, a test answer),
/// taking them out of the portrait's accumulators in the same transaction.
/// </summary>
public static class ResponseDeletion
{
    /// <summary>The number of responses deleted (ids not in the collecte, or not submitted, are skipped).</summary>
    public static async Task<int> DeleteAsync(DiagnosticDbContext db, int collecteId, IReadOnlyCollection<string> publicIds, CancellationToken ct)
    {
        await using var transaction = await PortraitCells.BeginAsync(db, ct);
        await PortraitCells.LockAsync(db, collecteId, ct);
        var collecte = await CollecteQuestionnaire.LoadAsync(db, collecteId, ct);
        var removed = new List<Core.Responses.ResponseRecord>();
        foreach (var id in publicIds.Distinct(StringComparer.Ordinal))
        {
            if (await ResponseStream.ReadSubmittedAsync(db, collecteId, id, collecte.Questionnaire, ct) is { } record) removed.Add(record);
        }
        var ids = removed.Select(r => r.ResponseId).ToList();
        var deleted = await db.Responses.Where(r => r.CollecteId == collecteId && ids.Contains(r.PublicId)).ExecuteDeleteAsync(ct);
        await PortraitCells.ApplyAsync(db, collecte, [], removed, ct);
        await PortraitCells.CommitAsync(transaction, ct);
        return deleted;
    }
}
