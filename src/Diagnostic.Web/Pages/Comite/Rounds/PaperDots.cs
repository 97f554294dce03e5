using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>The dot counts an organisatrice keys in after a forum; the whole grid replaces the previous one.</summary>
public sealed class PaperDots(DiagnosticDbContext db, TimeProvider clock)
{
    /// <summary>Voter-type code of dots counted without telling kinds of participants apart.</summary>
    public const string AllParticipants = "";

    /// <param name="counts">Dots by (candidate, voter type id or null); every count already checked to be ≥ 0.</param>
    public async Task SaveAsync(VotingRound round, string userId, IReadOnlyDictionary<(int Candidate, int? VoterType), int> counts,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PaperDotCounts.Where(p => p.RoundId == round.Id).ExecuteDeleteAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.PaperDotCounts.AddRange(counts.Where(c => c.Value > 0).Select(c => new PaperDotCount
        {
            RoundId = round.Id,
            CandidateId = c.Key.Candidate,
            VoterTypeId = c.Key.VoterType,
            Dots = c.Value,
            KeyedByUserId = userId,
            KeyedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
