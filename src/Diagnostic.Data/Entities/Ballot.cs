namespace Diagnostic.Data.Entities;

/// <summary>
/// A member's vote in a round: one per member and round, replaced (never duplicated) while the round is open.
/// Secret from the other members until the round closes.
/// </summary>
public sealed class Ballot
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public VotingRound? Round { get; set; }
    public int MemberId { get; set; }
    public ComiteMember? Member { get; set; }

    /// <summary>The member's voter type when the ballot was cast, so a later change of type does not rewrite results.</summary>
    public int VoterTypeId { get; set; }
    public ComiteVoterType? VoterType { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<BallotLine> Lines { get; set; } = [];
}
