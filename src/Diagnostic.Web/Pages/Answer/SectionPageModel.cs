using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// What a page of questions of section {number} shares (the section's page, and its follow-ups' extra page): loading
/// the section, showing values and errors, and saving checked answers to the draft.
/// </summary>
public abstract class SectionPageModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    public Section Section { get; private set; } = null!;

    /// <summary>The values shown in the fields: saved ones, or what was just posted when it had problems.</summary>
    public IReadOnlyDictionary<string, string> Values { get; protected set; } = new Dictionary<string, string>();

    public string? ErrorFor(string questionId) =>
        Errors.FirstOrDefault(e => e.FieldId == FieldError.QuestionFieldId(questionId))?.Message;

    /// <summary>Loads the collecte, the draft and section <see cref="Number"/>; 404 for a section that does not exist.</summary>
    protected async Task<IActionResult?> LoadSectionAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: true, cancellationToken) is { } stop) return stop;
        if (Number < 1 || Number > Collecte.Questionnaire.Sections.Count) return NotFound();
        if (!Collecte.Covers(Draft!.NeighbourhoodCode)) return RedirectToPage("/Answer/Neighbourhood", new { code = Code });
        Section = Collecte.Questionnaire.Sections[Number - 1];
        return null;
    }

    /// <summary>Saves the checked answers to the draft and returns true; with problems, keeps them for the page and returns false.</summary>
    protected async Task<bool> SaveAsync(SectionCheck.Outcome outcome, AnswerForm.Posted posted, CancellationToken cancellationToken)
    {
        if (outcome.Problems.Count > 0)
        {
            foreach (var error in outcome.Problems)
                Errors.Add(new FieldError(FieldError.QuestionFieldId(error.QuestionId),
                    ProblemText.For(text, error.Problem, Collecte.Questionnaire.FindQuestion(error.QuestionId))));
            Values = AnswerForm.ForRedisplay(Collecte.Questionnaire, posted.Values);
            return false;
        }
        Draft!.Answers = outcome.Answers;
        Draft.Language = Languages.Current;
        await Store.SaveDraftAsync(Draft, cancellationToken);
        return true;
    }

    /// <summary>After this section (and its follow-ups): the next section, or the review.</summary>
    protected IActionResult Next() =>
        Number < Collecte.Questionnaire.Sections.Count
            ? RedirectToPage("/Answer/Step", new { code = Code, number = Number + 1 })
            : RedirectToPage("/Answer/Review", new { code = Code });

    /// <summary>The same page in the language the person switched to (its answers are saved).</summary>
    protected IActionResult SamePageIn(string language) =>
        Redirect($"{Request.PathBase}{Request.Path}?{Languages.QueryKey}={language}");
}
