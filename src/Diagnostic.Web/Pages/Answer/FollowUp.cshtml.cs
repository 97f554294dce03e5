using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// The extra page after a section for its follow-up questions (« Quel autre lieu? ») when the section was sent
/// without them on screen (no script): shown only when a follow-up applies given the saved answers.
/// </summary>
public sealed class FollowUpModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    public Section Section { get; private set; } = null!;

    public IReadOnlyList<Question> Questions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public string? ErrorFor(string questionId) =>
        Errors.FirstOrDefault(e => e.FieldId == FieldError.QuestionFieldId(questionId))?.Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadFollowUpsAsync(cancellationToken) is { } stop) return stop;
        Values = Draft!.Answers;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var language = LanguageSwitch.Apply(HttpContext);
        if (await LoadFollowUpsAsync(cancellationToken) is { } stop) return stop;
        var posted = AnswerForm.Read(Collecte.Questionnaire, Request.Form);
        var outcome = SectionCheck.Check(Collecte.Questionnaire, Questions, Draft!.Answers, posted,
            Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal));
        if (outcome.Problems.Count > 0)
        {
            foreach (var error in outcome.Problems)
                Errors.Add(new FieldError(FieldError.QuestionFieldId(error.QuestionId), ProblemText.For(text, error.Problem, Collecte.Questionnaire.FindQuestion(error.QuestionId))));
            Values = AnswerForm.ForRedisplay(Collecte.Questionnaire, posted.Values);
            return Page();
        }
        Draft.Answers = outcome.Answers;
        Draft.Language = Languages.Current;
        await Store.SaveDraftAsync(Draft, cancellationToken);
        if (language is not null)
            return Redirect($"{Request.PathBase}/s/{Code}/etape/{Number}/suite?{Languages.QueryKey}={language}");
        return StepModel.Next(this, Collecte, Code, Number);
    }

    private async Task<IActionResult?> LoadFollowUpsAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: true, cancellationToken) is { } stop) return stop;
        if (Number < 1 || Number > Collecte.Questionnaire.Sections.Count) return NotFound();
        if (!Collecte.Covers(Draft!.NeighbourhoodCode)) return RedirectToPage("/Answer/Neighbourhood", new { code = Code });
        Section = Collecte.Questionnaire.Sections[Number - 1];
        Questions = SectionCheck.ApplyingFollowUps(Collecte.Questionnaire, Section, Draft.Answers);
        // Nothing to ask (the condition does not hold, or an old link): on to the next page.
        return Questions.Count == 0 ? StepModel.Next(this, Collecte, Code, Number) : null;
    }
}
