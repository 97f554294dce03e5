using Diagnostic.Core.Comite;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>A refused ballot's reasons as the member reads them, naming the candidate and criterion concerned.</summary>
public static class ProblemText
{
    public static string For(BallotProblem problem, IStringLocalizer<ComiteText> strings, int? budget, Func<int, string> candidateName)
    {
        var candidate = problem.CandidateId is { } id ? candidateName(id) : "";
        var criterion = problem.Criterion is { } c ? strings["Criterion." + c].Value : "";
        return problem.Kind switch
        {
            BallotProblemKind.OverBudget => strings["Problem.OverBudget", problem.Value ?? 0, budget ?? 0],
            BallotProblemKind.NegativeDots => strings["Problem.NegativeDots", candidate],
            BallotProblemKind.UnknownCandidate => strings["Problem.UnknownCandidate"],
            BallotProblemKind.ScoreOutOfRange => strings["Problem.ScoreOutOfRange", candidate, criterion, problem.Value ?? 0],
            BallotProblemKind.MissingScore => strings["Problem.MissingScore", candidate, criterion],
            BallotProblemKind.RoundClosed => strings["Problem.RoundClosed"],
            BallotProblemKind.NotAMember => strings["Problem.NotAMember"],
            BallotProblemKind.NotANumber => strings["Problem.NotANumber", candidate, criterion],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
    }
}
