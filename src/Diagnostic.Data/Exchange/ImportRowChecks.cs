using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Data.Exchange;

/// <summary>
/// What a row must also satisfy to enter a collecte, beyond the file format checked by ResponseCsvReader: the collecte's
/// audience, a known language, an id that fits the column, and the questionnaire's relevance and required rules.
/// </summary>
internal static class ImportRowChecks
{
    public const int MaxIdLength = 36;
    private static readonly string[] Languages = ["fr", "en"];

    public static void Check(ExchangeCollecte collecte, int row, ResponseRecord record, ICollection<ResponseCsvError> errors)
    {
        if (record.ResponseId.Length > MaxIdLength)
        {
            errors.Add(new ResponseCsvError(row, "response_id", $"response_id is longer than {MaxIdLength} characters",
                ResponseCsvProblem.IdTooLong, MaxIdLength));
        }
        if (record.Audience != collecte.Collecte.Audience)
        {
            errors.Add(new ResponseCsvError(row, "audience",
                $"audience '{record.Audience.ToCode()}' does not match the collecte's audience '{collecte.Collecte.Audience.ToCode()}'",
                ResponseCsvProblem.AudienceMismatch, record.Audience.ToCode(), collecte.Collecte.Audience.ToCode()));
        }
        if (!Languages.Contains(record.Language))
        {
            errors.Add(new ResponseCsvError(row, "language", $"unknown language '{record.Language}' (fr or en)",
                ResponseCsvProblem.UnknownLanguage, record.Language));
        }
        var answers = Answers(collecte.Questionnaire, record);
        foreach (var problem in ResponseValidator.Validate(collecte.Questionnaire, answers))
        {
            // Values were already checked by the reader; here only the rules that span the whole response.
            if (problem.Kind is AnswerProblemKind.Required or AnswerProblemKind.NotRelevant)
            {
                errors.Add(new ResponseCsvError(row, problem.QuestionId, problem.Problem.Message, ResponseCsvProblem.AnswerRule)
                    { Answer = problem.Problem });
            }
        }
    }

    /// <summary>question id → value for the answered questions, as stored in the Answers column.</summary>
    public static Dictionary<string, string> Answers(Questionnaire questionnaire, ResponseRecord record)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var q = 0; q < questionnaire.Questions.Count; q++)
        {
            if (record.Values[q] is { Length: > 0 } value) answers[questionnaire.Questions[q].Id] = value;
        }
        return answers;
    }
}
