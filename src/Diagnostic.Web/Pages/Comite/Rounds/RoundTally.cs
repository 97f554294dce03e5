using Diagnostic.Core.Comite;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>A counted round: dot rows for dot and paper rounds, criteria rows for criteria rounds.</summary>
public sealed record RoundTally(
    VotingRound Round,
    IReadOnlyList<ComiteVoterType> VoterTypes,
    int BallotCount,
    IReadOnlyList<DotTallyRow>? Dots,
    IReadOnlyList<CriteriaTallyRow>? Criteria)
{
    /// <summary>Candidate ids best first, whatever the kind of round.</summary>
    public IReadOnlyList<int> Ranking =>
        Dots?.Select(r => r.CandidateId).ToList() ?? Criteria!.Select(r => r.CandidateId).ToList();

    public IReadOnlyList<int> Leaders(int k) => Dots is not null ? SecondRound.Leaders(Dots, k) : SecondRound.Leaders(Criteria!, k);
}
