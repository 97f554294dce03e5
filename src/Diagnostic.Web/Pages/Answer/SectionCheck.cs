using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Checks one posted section against the questionnaire with the answers already saved from other sections,
/// and gives the answers to store when there is no problem (irrelevant answers pruned).
/// </summary>
public static class SectionCheck
{
    public sealed record Outcome(IReadOnlyList<(string QuestionId, AnswerProblem Problem)> Problems, Dictionary<string, string> Answers);

    public static Outcome Check(
        Questionnaire questionnaire, Section section, IReadOnlyDictionary<string, string> saved, AnswerForm.Posted posted)
    {
        var sectionIds = section.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var merged = saved.Where(a => !sectionIds.Contains(a.Key)).ToDictionary(StringComparer.Ordinal);
        var problems = new List<(string, AnswerProblem)>();
        foreach (var id in posted.UnknownIds)
            problems.Add((id, new AnswerProblem(AnswerProblemKind.UnknownQuestion, id)));
        foreach (var (id, value) in posted.Values)
        {
            if (sectionIds.Contains(id)) merged[id] = value;
            else problems.Add((id, new AnswerProblem(AnswerProblemKind.UnknownQuestion, id)));
        }
        foreach (var question in section.Questions)
        {
            if (QuestionProblem(question, merged) is { } problem) problems.Add((question.Id, problem));
        }
        return new Outcome(problems, Prune(questionnaire, merged));
    }

    /// <summary>Every problem left in a saved draft (a required question skipped...), before it is submitted.</summary>
    public static IReadOnlyList<(string QuestionId, AnswerProblem Problem)> CheckSaved(
        Questionnaire questionnaire, IReadOnlyDictionary<string, string> saved)
    {
        var answers = saved.ToDictionary(StringComparer.Ordinal);
        var problems = questionnaire.Questions
            .Select(q => (q.Id, Problem: QuestionProblem(q, answers)))
            .Where(p => p.Problem is not null)
            .Select(p => (p.Id, p.Problem!))
            .ToList();
        problems.AddRange(saved.Keys.Where(id => questionnaire.FindQuestion(id) is null)
            .Select(id => (id, new AnswerProblem(AnswerProblemKind.UnknownQuestion, id))));
        return problems;
    }

    /// <summary>Relevance is decided on the answers before this one, as the format says conditions only look back.</summary>
    private static AnswerProblem? QuestionProblem(Question question, Dictionary<string, string> answers)
    {
        var value = answers.GetValueOrDefault(question.Id);
        var relevant = question.Relevant?.IsTrue(id => answers.GetValueOrDefault(id)) ?? true;
        if (!relevant) return value is null ? null : new AnswerProblem(AnswerProblemKind.NotRelevant, value);
        if (value is null) return question.Required ? new AnswerProblem(AnswerProblemKind.Required, "") : null;
        return AnswerRules.Check(question, value);
    }

    /// <summary>Drops answers whose question is no longer shown (an earlier answer changed), in file order.</summary>
    public static Dictionary<string, string> Prune(Questionnaire questionnaire, Dictionary<string, string> answers)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in questionnaire.Questions)
        {
            if (!answers.TryGetValue(question.Id, out var value)) continue;
            if (question.Relevant?.IsTrue(id => kept.GetValueOrDefault(id)) ?? true) kept[question.Id] = value;
        }
        return kept;
    }

    /// <summary>Is the question shown, given the answers so far? Unknown for a condition on the same page: shown.</summary>
    public static bool IsShown(Question question, Section section, IReadOnlyDictionary<string, string> saved)
    {
        if (question.Relevant is not { } condition) return true;
        if (condition.ReferencedQuestions.Any(id => section.Questions.Any(q => q.Id == id))) return true;
        return condition.IsTrue(id => saved.GetValueOrDefault(id));
    }
}
