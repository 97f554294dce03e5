namespace Diagnostic.Core.Comite;

/// <summary>A criteria ballot scores every candidate of the round on every criterion, each score 1–5.</summary>
public static class CriteriaBallotRules
{
    /// <summary>The valid scores by candidate, or the problems (and no scores) when anything is wrong.</summary>
    public static (IReadOnlyDictionary<int, CriteriaScores> Scores, IReadOnlyList<BallotProblem> Problems) Check(
        IReadOnlyDictionary<int, IReadOnlyDictionary<Criterion, int?>> input, IReadOnlySet<int> roundCandidates)
    {
        var problems = new List<BallotProblem>();
        var scores = new Dictionary<int, CriteriaScores>();
        foreach (var candidate in input.Keys.Where(c => !roundCandidates.Contains(c)).Order())
            problems.Add(new BallotProblem(BallotProblemKind.UnknownCandidate, candidate));
        foreach (var candidate in roundCandidates.Order())
        {
            var given = input.GetValueOrDefault(candidate) ?? new Dictionary<Criterion, int?>();
            if (CriteriaScores.TryCreate(candidate, given, problems) is { } valid)
                scores[candidate] = valid;
        }
        return problems.Count == 0 ? (scores, problems) : (new Dictionary<int, CriteriaScores>(), problems);
    }
}
