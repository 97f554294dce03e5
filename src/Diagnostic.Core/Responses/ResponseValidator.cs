using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Validates a whole response (question id → raw stored value, empty = not answered) against its questionnaire.
/// Relevance is decided in file order: a question is relevant when it has no condition or its condition is true
/// on the answers of the earlier relevant questions, so an answer left behind on a question that became hidden
/// never makes a later question appear.
/// </summary>
public static class ResponseValidator
{
    /// <summary>
    /// Every problem, questions in file order then unknown ids: an unknown question id, an answer to a question
    /// that is not relevant, a required relevant question left empty, and each value refused by
    /// <see cref="AnswerRules.Check"/>. With <paramref name="scope"/> (the questions of one page) only those questions
    /// are checked, while relevance still reads every answer given; unknown ids are always reported.
    /// </summary>
    public static IReadOnlyList<AnswerError> Validate(
        Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers, IEnumerable<Question>? scope = null)
    {
        var relevant = RelevantQuestionIds(questionnaire, answers);
        var inScope = scope?.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<AnswerError>();
        foreach (var question in questionnaire.Questions.Where(q => inScope?.Contains(q.Id) != false))
        {
            var problem = ProblemOf(question, AnswerOf(answers, question.Id), relevant.Contains(question.Id));
            if (problem is not null)
            {
                errors.Add(new AnswerError(question.Id, problem));
            }
        }

        var unknown = answers.Keys.Where(id => questionnaire.FindQuestion(id) is null).Order(StringComparer.Ordinal);
        errors.AddRange(unknown.Select(id => new AnswerError(id, new AnswerProblem(AnswerProblemKind.UnknownQuestion, answers[id]))));
        return errors;
    }

    /// <summary>Validates the questions of one section page.</summary>
    public static IReadOnlyList<AnswerError> Validate(
        Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers, Section page) =>
        Validate(questionnaire, answers, page.Questions);

    /// <summary>The ids of the questions shown given these answers (see the class remarks for the order rule).</summary>
    public static IReadOnlySet<string> RelevantQuestionIds(Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers)
    {
        // Sized once: growing from empty allocated five tables per call, and the answer pages call it several times a request.
        var relevant = new HashSet<string>(questionnaire.Questions.Count, StringComparer.Ordinal);
        string? Visible(string id) => relevant.Contains(id) ? AnswerOf(answers, id) : null;
        foreach (var question in questionnaire.Questions)
        {
            if (question.Relevant?.IsTrue(Visible) != false)
            {
                relevant.Add(question.Id);
            }
        }

        return relevant;
    }

    /// <summary>Whether one question is shown given these answers.</summary>
    public static bool IsRelevant(Questionnaire questionnaire, Question question, IReadOnlyDictionary<string, string> answers) =>
        RelevantQuestionIds(questionnaire, answers).Contains(question.Id);

    /// <summary>
    /// The answers without those of questions that are not relevant any more, and without empty values; the web
    /// calls it when an earlier answer changes. Ids that are not questions are kept, for <see cref="Validate(Questionnaire, IReadOnlyDictionary{string, string}, IEnumerable{Question}?)"/> to report.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PruneIrrelevant(Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers)
    {
        var relevant = RelevantQuestionIds(questionnaire, answers);
        return answers
            .Where(a => a.Value.Length > 0 && (relevant.Contains(a.Key) || questionnaire.FindQuestion(a.Key) is null))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
    }

    private static AnswerProblem? ProblemOf(Question question, string? value, bool isRelevant)
    {
        if (value is null)
        {
            return isRelevant && question.Required ? new AnswerProblem(AnswerProblemKind.Required, "") : null;
        }

        return isRelevant ? AnswerRules.Check(question, value) : new AnswerProblem(AnswerProblemKind.NotRelevant, value);
    }

    private static string? AnswerOf(IReadOnlyDictionary<string, string> answers, string id) =>
        answers.TryGetValue(id, out var value) && value.Length > 0 ? value : null;
}
