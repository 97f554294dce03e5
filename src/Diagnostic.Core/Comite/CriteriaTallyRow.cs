namespace Diagnostic.Core.Comite;

/// <summary>
/// One candidate's result in a criteria round: the mean of each criterion and the composite, for all ballots and for
/// each voter type separately (a type with no ballot is absent from the per-type maps, never shown as 0).
/// </summary>
public sealed record CriteriaTallyRow(
    int Rank,
    int CandidateId,
    int Ballots,
    double? Composite,
    IReadOnlyDictionary<Criterion, double> Means,
    IReadOnlyDictionary<string, int> BallotsByVoterType,
    IReadOnlyDictionary<string, double> CompositeByVoterType,
    IReadOnlyDictionary<string, IReadOnlyDictionary<Criterion, double>> MeansByVoterType);
