using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Abuse;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>Come back to an unfinished questionnaire with the resume code shown on every page.</summary>
[RateLimited(RateLimitKind.ResumeCode)]
public sealed class ResumeModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    public const string FieldId = "resume-code";

    [BindProperty(Name = "resumeCode")]
    public string? TypedCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(needsDraft: false, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Shown back in the field when refused: a code is short, so a pasted megabyte is cut rather than echoed.
        if (TypedCode is { Length: > AnswerForm.MaxRedisplayedLength }) TypedCode = TypedCode[..AnswerForm.MaxRedisplayedLength];
        if (await LoadAsync(needsDraft: false, cancellationToken) is { } stop) return stop;
        var found = await Store.FindByResumeCodeAsync(Collecte.Collecte.Id, TypedCode ?? "", cancellationToken);
        if (found is not { Status: ResponseStatus.Draft })
        {
            Errors.Add(new FieldError(FieldId, text["Resume.Unknown"]));
            return Page();
        }
        StartedDraft(found, Data.Responses.ResumeCode.Normalize(TypedCode)!);
        return NextPage(found);
    }

    private IActionResult NextPage(Response draft)
    {
        if (!Collecte.Covers(draft.NeighbourhoodCode)) return RedirectToPage("/Answer/Neighbourhood", new { code = Code });
        var sections = Collecte.Questionnaire.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            if (!sections[i].Questions.Any(q => draft.Answers.ContainsKey(q.Id)))
                return RedirectToPage("/Answer/Step", new { code = Code, number = i + 1 });
        }
        return RedirectToPage("/Answer/Review", new { code = Code });
    }
}
