using System.Text.Json;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// What a section page tells its script (wwwroot/js/relevance.js) so that a follow-up appears only once its
/// condition holds: each follow-up's condition as a JSON tree (<see cref="RelevanceJson"/>, on the question's
/// fieldset), the saved answers those conditions read from other pages (on the form), and which follow-ups are on
/// screen now (a hidden field the script keeps up to date, so the server knows which ones the person saw).
/// </summary>
public sealed class FollowUpData(Questionnaire questionnaire, IReadOnlyList<Question> drawn, IReadOnlyDictionary<string, string> answers)
{
    /// <summary>The hidden field listing, space-separated, the follow-ups on screen when the page is sent.</summary>
    public const string ShownField = "followups-shown";

    private readonly IReadOnlySet<string> relevant = ResponseValidator.RelevantQuestionIds(questionnaire, answers);

    public IReadOnlyList<Question> FollowUps { get; } = SectionCheck.FollowUps(drawn);

    public bool Any => FollowUps.Count > 0;

    public bool IsFollowUp(Question question) => FollowUps.Contains(question);

    /// <summary>Drawn hidden: a follow-up whose condition does not hold yet.</summary>
    public bool IsHidden(Question question) => IsFollowUp(question) && !relevant.Contains(question.Id);

    public string? Condition(Question question) =>
        IsFollowUp(question) ? RelevanceJson.Write(question.Relevant!) : null;

    /// <summary>The follow-ups on screen as the page is drawn.</summary>
    public string Shown => string.Join(' ', FollowUps.Where(q => !IsHidden(q)).Select(q => q.Id));

    /// <summary>Answers from other pages that a condition here reads (only those still shown, as the server reads them).</summary>
    public string OtherAnswers => JsonSerializer.Serialize(FollowUps
        .SelectMany(q => q.Relevant!.ReferencedQuestions)
        .Where(id => drawn.All(q => q.Id != id) && relevant.Contains(id) && answers.ContainsKey(id))
        .Distinct()
        .ToDictionary(id => id, id => answers[id]));

    /// <summary>Reads the posted list of follow-ups that were on screen.</summary>
    public static IReadOnlySet<string> ReadShown(IFormCollection form) =>
        form[ShownField].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
