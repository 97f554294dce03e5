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
        Questionnaire questionnaire, Section section, IReadOnlyDictionary<string, string> saved, AnswerForm.Posted posted,
        IReadOnlySet<string>? shownFollowUps = null) =>
        Check(questionnaire, section.Questions, saved, posted, shownFollowUps);

    /// <summary>
    /// Checks one page of questions (a section, or the follow-ups of a section on their own page).
    /// <paramref name="shownFollowUps"/>: the follow-ups (<see cref="FollowUps"/>) that were on screen when the person
    /// sent the page. A follow-up on screen whose condition no longer holds loses what it held (the person changed the
    /// answer it depends on); one that was not on screen and is not answered is not checked here, it gets its own page
    /// next (<see cref="PendingFollowUps"/>).
    /// </summary>
    public static Outcome Check(
        Questionnaire questionnaire, IReadOnlyList<Question> page, IReadOnlyDictionary<string, string> saved, AnswerForm.Posted posted,
        IReadOnlySet<string>? shownFollowUps = null)
    {
        var pageIds = page.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var merged = saved.Where(a => !pageIds.Contains(a.Key)).ToDictionary(StringComparer.Ordinal);
        // A page may only answer its own questions: any other id, known elsewhere or not at all, is refused.
        var foreign = posted.UnknownIds
            .Concat(posted.Values.Keys.Where(id => !pageIds.Contains(id)))
            .Select(id => new AnswerError(id, new AnswerProblem(AnswerProblemKind.UnknownQuestion, id)));
        foreach (var (id, value) in posted.Values.Where(a => pageIds.Contains(a.Key))) merged[id] = value;
        var shown = shownFollowUps ?? new HashSet<string>();
        var followUps = FollowUps(page).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var relevant = ResponseValidator.RelevantQuestionIds(questionnaire, merged);
        foreach (var id in followUps.Where(id => shown.Contains(id) && !relevant.Contains(id))) merged.Remove(id);
        var scope = page.Where(q => !followUps.Contains(q.Id) || shown.Contains(q.Id) || merged.ContainsKey(q.Id)).ToList();
        var problems = ResponseValidator.Validate(questionnaire, merged, scope).Concat(foreign).ToList();
        return new Outcome(problems, InFileOrder(questionnaire, ResponseValidator.PruneIrrelevant(questionnaire, merged)));
    }

    /// <summary>Questions whose condition reads an answer given on the same page: they appear only once it holds.</summary>
    public static IReadOnlyList<Question> FollowUps(IReadOnlyList<Question> page) =>
        page.Where(q => q.Relevant is { } condition && condition.ReferencedQuestions.Any(id => page.Any(other => other.Id == id)))
            .ToList();

    /// <summary>
    /// The follow-ups of a section that apply given the saved answers and were not on screen (without JavaScript a
    /// page cannot show them as the person answers): the extra page after the section asks them.
    /// </summary>
    public static IReadOnlyList<Question> PendingFollowUps(
        Questionnaire questionnaire, Section section, IReadOnlyDictionary<string, string> answers, IReadOnlySet<string> shownFollowUps)
    {
        var relevant = ResponseValidator.RelevantQuestionIds(questionnaire, answers);
        return FollowUps(section.Questions)
            .Where(q => relevant.Contains(q.Id) && !shownFollowUps.Contains(q.Id) && !answers.ContainsKey(q.Id))
            .ToList();
    }

    /// <summary>The follow-ups of a section that apply given the saved answers: what its extra page shows.</summary>
    public static IReadOnlyList<Question> ApplyingFollowUps(
        Questionnaire questionnaire, Section section, IReadOnlyDictionary<string, string> answers)
    {
        var relevant = ResponseValidator.RelevantQuestionIds(questionnaire, answers);
        return FollowUps(section.Questions).Where(q => relevant.Contains(q.Id)).ToList();
    }

    /// <summary>Stored in the questionnaire's order, which is the order ResponseStream reads fastest.</summary>
    private static Dictionary<string, string> InFileOrder(Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers) =>
        questionnaire.Questions
            .Where(q => answers.ContainsKey(q.Id))
            .ToDictionary(q => q.Id, q => answers[q.Id], StringComparer.Ordinal);

    /// <summary>Every problem left in a saved draft (a required question skipped...), before it is submitted.</summary>
    public static IReadOnlyList<AnswerError> CheckSaved(Questionnaire questionnaire, IReadOnlyDictionary<string, string> saved) =>
        ResponseValidator.Validate(questionnaire, saved);

    /// <summary>
    /// Which questions of a section to draw: those relevant on <paramref name="answers"/> (saved, or just posted), and
    /// every follow-up, drawn hidden while its condition does not hold so the page's script can show it as the person
    /// answers.
    /// </summary>
    public static IReadOnlyList<Question> DrawnQuestions(
        Questionnaire questionnaire, Section section, IReadOnlyDictionary<string, string> answers)
    {
        var relevant = ResponseValidator.RelevantQuestionIds(questionnaire, answers);
        var followUps = FollowUps(section.Questions);
        return section.Questions.Where(q => relevant.Contains(q.Id) || followUps.Contains(q)).ToList();
    }
}
