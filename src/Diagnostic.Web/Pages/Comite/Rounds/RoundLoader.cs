using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>Loads a voting round with what every round page needs: its séance, cycle, comité and candidates.</summary>
public sealed class RoundLoader(DiagnosticDbContext db)
{
    public Task<VotingRound?> FindAsync(int roundId, CancellationToken cancellationToken) =>
        db.VotingRounds
            .Include(r => r.Seance!).ThenInclude(s => s.Cycle!)
            .Include(r => r.Candidates).ThenInclude(c => c.Candidate)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);

    /// <summary>The round's candidates in cycle order (the last tie-break of every tally).</summary>
    public static IReadOnlyList<CandidateTarget> Candidates(VotingRound round) =>
        round.Candidates.Select(c => c.Candidate!).OrderBy(c => c.Order).ThenBy(c => c.Id).ToList();
}
