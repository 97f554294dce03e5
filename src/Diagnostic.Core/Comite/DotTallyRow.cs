namespace Diagnostic.Core.Comite;

/// <summary>
/// One candidate's result in a dot round. <see cref="DotsByVoterType"/> keeps every voter type apart (with 0 where a
/// type gave none) so a page never has to merge them; <see cref="Dots"/> is their explicit sum.
/// </summary>
/// <param name="Supporters">Ballots that gave this candidate at least one dot.</param>
public sealed record DotTallyRow(
    int Rank, int CandidateId, int Dots, int Supporters, IReadOnlyDictionary<string, int> DotsByVoterType, double? Composite);
