using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>
/// Takes a member's ballot: refused whole (nothing written) unless the person sits on the round's comité, the year and
/// the round are open and the ballot follows the round's rules. A member's second ballot in an open round replaces her
/// first (same row, new lines); there is never more than one per member and round.
/// </summary>
public sealed class BallotBox(DiagnosticDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<BallotProblem>> CastDotsAsync(
        VotingRound round, ComiteMember? member, IReadOnlyDictionary<int, int> dots, CancellationToken cancellationToken)
    {
        if (Refusal(round, member) is { } refused) return [refused];
        var problems = DotBallotRules.Check(dots, round.DotBudget ?? 0, CandidateIds(round));
        if (problems.Count > 0) return problems;
        var lines = dots.Where(p => p.Value > 0).Select(p => new BallotLine { CandidateId = p.Key, Dots = p.Value });
        await SaveAsync(round, member!, lines, cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<BallotProblem>> CastCriteriaAsync(
        VotingRound round, ComiteMember? member, IReadOnlyDictionary<int, IReadOnlyDictionary<Criterion, int?>> scores,
        CancellationToken cancellationToken)
    {
        if (Refusal(round, member) is { } refused) return [refused];
        var (valid, problems) = CriteriaBallotRules.Check(scores, CandidateIds(round));
        if (problems.Count > 0) return problems;
        await SaveAsync(round, member!, valid.Select(p => Line(p.Key, p.Value)), cancellationToken);
        return [];
    }

    private static BallotProblem? Refusal(VotingRound round, ComiteMember? member)
    {
        var cycle = round.Seance!.Cycle!;
        if (member is null || member.ComiteId != cycle.ComiteId) return new BallotProblem(BallotProblemKind.NotAMember);
        if (!round.IsOpen || round.Kind == VotingRoundKind.PaperDots) return new BallotProblem(BallotProblemKind.RoundClosed);
        return null;
    }

    private static HashSet<int> CandidateIds(VotingRound round) => round.Candidates.Select(c => c.CandidateId).ToHashSet();

    private static BallotLine Line(int candidate, CriteriaScores s) => new()
    {
        CandidateId = candidate,
        Importance = s.Of(Criterion.Importance),
        Urgency = s.Of(Criterion.Urgency),
        Feasibility = s.Of(Criterion.Feasibility),
        Mobilisation = s.Of(Criterion.Mobilisation),
        Equity = s.Of(Criterion.Equity),
        Coherence = s.Of(Criterion.Coherence),
    };

    private async Task SaveAsync(VotingRound round, ComiteMember member, IEnumerable<BallotLine> lines, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ballot = await db.Ballots.Include(b => b.Lines)
            .SingleOrDefaultAsync(b => b.RoundId == round.Id && b.MemberId == member.Id, cancellationToken);
        if (ballot is null)
        {
            ballot = new Ballot { RoundId = round.Id, MemberId = member.Id, SubmittedAt = now };
            db.Ballots.Add(ballot);
        }
        else
        {
            // The replaced lines go first so the new ones can reuse their (ballot, candidate) keys.
            db.BallotLines.RemoveRange(ballot.Lines);
            await db.SaveChangesAsync(cancellationToken);
        }
        ballot.VoterTypeId = member.VoterTypeId;
        ballot.UpdatedAt = now;
        ballot.Lines.AddRange(lines);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
