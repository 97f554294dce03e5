using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Responses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// The extra page after a section for its follow-up questions (« Quel autre lieu? ») when the section was sent
/// without them on screen (no script): shown only when a follow-up applies given the saved answers.
/// </summary>
public sealed class FollowUpModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : SectionPageModel(loader, store, cookie, text)
{
    public IReadOnlyList<Question> Questions { get; private set; } = [];

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
        if (!await SaveAsync(outcome, posted, cancellationToken)) return Page();
        return language is null ? Next() : SamePageIn(language);
    }

    private async Task<IActionResult?> LoadFollowUpsAsync(CancellationToken cancellationToken)
    {
        if (await LoadSectionAsync(cancellationToken) is { } stop) return stop;
        Questions = SectionCheck.ApplyingFollowUps(Collecte.Questionnaire, Section, Draft!.Answers);
        // Nothing to ask (the condition does not hold, or an old link): on to the next page.
        return Questions.Count == 0 ? Next() : null;
    }
}
