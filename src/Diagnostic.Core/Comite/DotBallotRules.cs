namespace Diagnostic.Core.Comite;

/// <summary>
/// A dot ballot is cumulative voting: dots may be stacked on one candidate or spread, never negative, never on a
/// candidate outside the round, and in total never more than the round's budget. Fewer dots than the budget is allowed
/// (a member may abstain on part of it).
/// </summary>
public static class DotBallotRules
{
    public static IReadOnlyList<BallotProblem> Check(
        IReadOnlyDictionary<int, int> dotsByCandidate, int budget, IReadOnlySet<int> roundCandidates)
    {
        var problems = new List<BallotProblem>();
        foreach (var (candidate, dots) in dotsByCandidate.OrderBy(p => p.Key))
        {
            if (!roundCandidates.Contains(candidate))
                problems.Add(new BallotProblem(BallotProblemKind.UnknownCandidate, candidate));
            else if (dots < 0)
                problems.Add(new BallotProblem(BallotProblemKind.NegativeDots, candidate, Value: dots));
        }
        var total = dotsByCandidate.Values.Where(d => d > 0).Sum();
        if (total > budget)
            problems.Add(new BallotProblem(BallotProblemKind.OverBudget, Value: total));
        return problems;
    }
}
