using Diagnostic.Core.Responses;
using Diagnostic.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>The respondent's words for an answer problem, by kind, from the resource files.</summary>
public static class ProblemText
{
    public static string For(IStringLocalizer text, AnswerProblem problem)
    {
        var limit = problem.Limit is { } value ? Numbers.Current.Number(value, value % 1 == 0 ? 0 : 2) : "";
        return text["Problem." + problem.Kind, limit, problem.Item ?? problem.Value];
    }
}
