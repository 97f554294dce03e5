using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// One questionnaire section per page; answers are checked on the server and saved to the draft. A follow-up
/// question shows once its condition holds (the page's script); without script, it is asked on an extra page after
/// the section (<see cref="FollowUpModel"/>) when the answers sent make it apply.
/// </summary>
public sealed class StepModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    public Section Section { get; private set; } = null!;

    /// <summary>The values shown in the fields: saved ones, or what was just posted when it had problems.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    /// <summary>The saved answers of the other pages with the values shown here: what decides which questions apply.</summary>
    private IReadOnlyDictionary<string, string> Answers =>
        Draft!.Answers.Where(a => Section.Questions.All(q => q.Id != a.Key))
            .Concat(Values.Where(v => Section.Questions.Any(q => q.Id == v.Key)))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    public IReadOnlyList<Question> ShownQuestions => SectionCheck.DrawnQuestions(Collecte.Questionnaire, Section, Answers);

    public FollowUpData FollowUps => new(Collecte.Questionnaire, ShownQuestions, Answers);

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
        var language = LanguageSwitch.Apply(HttpContext);
        if (await LoadStepAsync(cancellationToken) is { } stop) return stop;
        var posted = AnswerForm.Read(Collecte.Questionnaire, Request.Form);
        var shown = FollowUpData.ReadShown(Request.Form);
        var outcome = SectionCheck.Check(Collecte.Questionnaire, Section, Draft!.Answers, posted, shown);
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
            return Redirect($"{Request.PathBase}/s/{Code}/etape/{Number}?{Languages.QueryKey}={language}");
        if (SectionCheck.PendingFollowUps(Collecte.Questionnaire, Section, outcome.Answers, shown).Count > 0)
            return RedirectToPage("/Answer/FollowUp", new { code = Code, number = Number });
        return Next(this, Collecte, Code, Number);
    }

    /// <summary>After section <paramref name="number"/> (and its follow-ups): the next section, or the review.</summary>
    public static IActionResult Next(AnswerPageModel page, AnswerCollecte collecte, string code, int number) =>
        number < collecte.Questionnaire.Sections.Count
            ? page.RedirectToPage("/Answer/Step", new { code, number = number + 1 })
            : page.RedirectToPage("/Answer/Review", new { code });

    private async Task<IActionResult?> LoadStepAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(needsDraft: true, cancellationToken) is { } stop) return stop;
        if (Number < 1 || Number > Collecte.Questionnaire.Sections.Count) return NotFound();
        if (!Collecte.Covers(Draft!.NeighbourhoodCode)) return RedirectToPage("/Answer/Neighbourhood", new { code = Code });
        Section = Collecte.Questionnaire.Sections[Number - 1];
        return null;
    }
}
