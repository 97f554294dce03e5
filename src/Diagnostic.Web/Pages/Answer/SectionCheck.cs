using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// The answer pages' use of <see cref="ResponseValidator"/>: one posted section checked with the answers already
/// saved from the other sections, and the answers to store when there is no problem (irrelevant ones pruned).
/// </summary>
public static class SectionCheck
{
    public sealed record Outcome(IReadOnlyList<AnswerError> Problems, Dictionary<string, string> Answers);

    public static Outcome Check(
        Questionnaire questionnaire, Section section, IReadOnlyDictionary<string, string> saved, AnswerForm.Posted posted)
    {
        var sectionIds = section.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var merged = saved.Where(a => !sectionIds.Contains(a.Key)).ToDictionary(StringComparer.Ordinal);
        // A page may only answer its own questions: any other id, known elsewhere or not at all, is refused.
        var foreign = posted.UnknownIds
            .Concat(posted.Values.Keys.Where(id => !sectionIds.Contains(id)))
            .Select(id => new AnswerError(id, new AnswerProblem(AnswerProblemKind.UnknownQuestion, id)));
        foreach (var (id, value) in posted.Values.Where(a => sectionIds.Contains(a.Key))) merged[id] = value;
        var problems = ResponseValidator.Validate(questionnaire, merged, section).Concat(foreign).ToList();
        return new Outcome(problems, InFileOrder(questionnaire, ResponseValidator.PruneIrrelevant(questionnaire, merged)));
    }

    /// <summary>Stored in the questionnaire's order, which is the order ResponseStream reads fastest.</summary>
    private static Dictionary<string, string> InFileOrder(Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers) =>
        questionnaire.Questions
            .Where(q => answers.ContainsKey(q.Id))
            .ToDictionary(q => q.Id, q => answers[q.Id], StringComparer.Ordinal);

    /// <summary>Every problem left in a saved draft (a required question skipped...), before it is submitted.</summary>
    public static IReadOnlyList<AnswerError> CheckSaved(Questionnaire questionnaire, IReadOnlyDictionary<string, string> saved) =>
        ResponseValidator.Validate(questionnaire, saved);

    /// <summary>Which questions of a section to draw: relevant on the saved answers, or depending on this same page
    /// (without JavaScript the page cannot know yet; the server refuses an answer that turns out not relevant).</summary>
    public static IReadOnlyList<Question> ShownQuestions(
        Questionnaire questionnaire, Section section, IReadOnlyDictionary<string, string> saved)
    {
        var relevant = ResponseValidator.RelevantQuestionIds(questionnaire, saved);
        return section.Questions.Where(q =>
                relevant.Contains(q.Id)
                || q.Relevant!.ReferencedQuestions.Any(id => section.Questions.Any(other => other.Id == id)))
            .ToList();
    }
}
