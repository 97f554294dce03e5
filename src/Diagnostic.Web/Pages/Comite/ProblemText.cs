using Diagnostic.Core.Comite;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>A refused ballot's reasons as the member reads them, naming the candidate and criterion concerned.</summary>
public static class ProblemText
{
    public static string For(BallotProblem problem, IStringLocalizer<ComiteText> text, int? budget, Func<int, string> candidateName)
    {
        var candidate = problem.CandidateId is { } id ? candidateName(id) : "";
        var criterion = problem.Criterion is { } c ? text["Criterion." + c].Value : "";
        return problem.Kind switch
        {
            BallotProblemKind.OverBudget => text["Problem.OverBudget", problem.Value ?? 0, budget ?? 0],
            BallotProblemKind.NegativeDots => text["Problem.NegativeDots", candidate],
            BallotProblemKind.UnknownCandidate => text["Problem.UnknownCandidate"],
            BallotProblemKind.ScoreOutOfRange => text["Problem.ScoreOutOfRange", candidate, criterion, problem.Value ?? 0],
            BallotProblemKind.MissingScore => text["Problem.MissingScore", candidate, criterion],
            BallotProblemKind.RoundClosed => text["Problem.RoundClosed"],
            BallotProblemKind.NotAMember => text["Problem.NotAMember"],
            BallotProblemKind.CycleClosed => text["Cycle.ClosedRefused"],
            BallotProblemKind.NotANumber => text["Problem.NotANumber", candidate, criterion],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
    }
}
