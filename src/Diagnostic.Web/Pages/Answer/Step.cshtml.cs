using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>One questionnaire section per page; answers are checked on the server and saved to the draft.</summary>
public sealed class StepModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    public Section Section { get; private set; } = null!;

    /// <summary>The values shown in the fields: saved ones, or what was just posted when it had problems.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<Question> ShownQuestions =>
        SectionCheck.ShownQuestions(Collecte.Questionnaire, Section, Draft!.Answers);

    public string? ErrorFor(string questionId) =>
        Errors.FirstOrDefault(e => e.FieldId == FieldError.QuestionFieldId(questionId))?.Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadStepAsync(cancellationToken) is { } stop) return stop;
        Values = Draft!.Answers;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadStepAsync(cancellationToken) is { } stop) return stop;
        var posted = AnswerForm.Read(Collecte.Questionnaire, Request.Form);
        var outcome = SectionCheck.Check(Collecte.Questionnaire, Section, Draft!.Answers, posted);
        if (outcome.Problems.Count > 0)
        {
            foreach (var error in outcome.Problems)
                Errors.Add(new FieldError(FieldError.QuestionFieldId(error.QuestionId), ProblemText.For(text, error.Problem)));
            Values = AnswerForm.ForRedisplay(Collecte.Questionnaire, posted.Values);
            return Page();
        }
        Draft.Answers = outcome.Answers;
        Draft.Language = Languages.Current;
        await Store.SaveDraftAsync(Draft, cancellationToken);
        return Number < Collecte.Questionnaire.Sections.Count
            ? RedirectToPage("/Answer/Step", new { code = Code, number = Number + 1 })
            : RedirectToPage("/Answer/Review", new { code = Code });
    }

    private async Task<IActionResult?> LoadStepAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: true, cancellationToken) is { } stop) return stop;
        if (Number < 1 || Number > Collecte.Questionnaire.Sections.Count) return NotFound();
        if (!Collecte.Covers(Draft!.NeighbourhoodCode)) return RedirectToPage("/Answer/Neighbourhood", new { code = Code });
        Section = Collecte.Questionnaire.Sections[Number - 1];
        return null;
    }
}
