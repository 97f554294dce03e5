using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Retention;

/// <summary>
/// Deletes a collecte and everything that holds its answers (responses, invitations, archived portraits, its
/// neighbourhood list), in one transaction. The territory and the questionnaire snapshot stay: others may use them.
/// </summary>
public sealed class CollecteDeletion(DiagnosticDbContext db)
{
    /// <summary>The number of responses deleted with it.</summary>
    public async Task<int> DeleteAsync(int collecteId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.PartnerInvitations.Where(i => i.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        var responses = await db.Responses.Where(r => r.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        await db.PortraitCells.Where(c => c.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        await db.PortraitArchives.Where(a => a.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        await db.CollecteNeighbourhoods.Where(n => n.CollecteId == collecteId).ExecuteDeleteAsync(ct);
        // Rows of other features that point at the collecte are removed by their cascade rules.
        await db.Collectes.Where(s => s.Id == collecteId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return responses;
    }
}
