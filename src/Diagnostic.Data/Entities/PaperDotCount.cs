namespace Diagnostic.Data.Entities;

/// <summary>Dots counted on paper at a forum for one candidate and one voter type (or all participants when null).</summary>
public sealed class PaperDotCount
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public VotingRound? Round { get; set; }
    public int CandidateId { get; set; }
    public CandidateTarget? Candidate { get; set; }

    /// <summary>Null when the forum did not use coloured dots per kind of participant.</summary>
    public int? VoterTypeId { get; set; }
    public ComiteVoterType? VoterType { get; set; }
    public int Dots { get; set; }

    /// <summary>The organisatrice who keyed the count in (Identity user id).</summary>
    public required string KeyedByUserId { get; set; }
    public DateTimeOffset KeyedAt { get; set; }
}
