using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Responses;
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
    : SectionPageModel(loader, store, cookie, text)
{
    /// <summary>The saved answers of the other pages with the values shown here: what decides which questions apply.
    /// Read by the view only, once the handler has settled <see cref="SectionPageModel.Values"/>, so kept once drawn.</summary>
    private IReadOnlyDictionary<string, string> Answers => answers ??=
        Draft!.Answers.Where(a => Section.Questions.All(q => q.Id != a.Key))
            .Concat(Values.Where(v => Section.Questions.Any(q => q.Id == v.Key)))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, string>? answers;
    private IReadOnlyList<Question>? shownQuestions;

    public IReadOnlyList<Question> ShownQuestions => shownQuestions ??= SectionCheck.DrawnQuestions(Collecte.Questionnaire, Section, Answers);

    public FollowUpData FollowUps => new(Collecte.Questionnaire, ShownQuestions, Answers);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadSectionAsync(cancellationToken) is { } stop) return stop;
        Values = Draft!.Answers;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var language = LanguageSwitch.Apply(HttpContext);
        if (await LoadSectionAsync(cancellationToken) is { } stop) return stop;
        var posted = AnswerForm.Read(Collecte.Questionnaire, Request.Form);
        var shown = FollowUpData.ReadShown(Request.Form);
        var outcome = SectionCheck.Check(Collecte.Questionnaire, Section, Draft!.Answers, posted, shown);
        if (!await SaveAsync(outcome, posted, cancellationToken)) return Page();
        if (language is not null) return SamePageIn(language);
        if (SectionCheck.PendingFollowUps(Collecte.Questionnaire, Section, outcome.Answers, shown).Count > 0)
            return RedirectToPage("/Answer/FollowUp", new { code = Code, number = Number });
        return Next();
    }
}
