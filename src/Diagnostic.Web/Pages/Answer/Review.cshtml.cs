using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Responses;
using System.Security.Cryptography;
using Diagnostic.Web.Abuse;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>Every answer with a link to change it, then the one submission (draft → submitted, once).</summary>
[RateLimited(RateLimitKind.Submission)]
public sealed class ReviewModel(
    CollecteLoader loader, ResponseStore store, DraftCookie cookie, IStringLocalizer<SharedResource> text)
    : AnswerPageModel(loader, store, cookie)
{
    /// <summary>Recorded with the submission; a replayed form carries the same key.</summary>
    [BindProperty]
    public string? SubmissionKey { get; set; }

    /// <summary>
    /// The stored key is "{public id (36)}:{key}" in a 64-character column (PostgreSQL enforces it, SQLite did not):
    /// the form's key is 128 random bits in base64url (22 characters), and no posted key may be longer than 27.
    /// </summary>
    private const int MaxKeyLength = 27;

    private static string NewKey() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    public string NeighbourhoodName =>
        Collecte.Neighbourhoods.FirstOrDefault(n => n.Code == Draft!.NeighbourhoodCode)?.Name ?? "";

    public IEnumerable<(int Number, Section Section)> Sections =>
        Collecte.Questionnaire.Sections.Select((section, index) => (index + 1, section));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadReviewAsync(cancellationToken) is { } stop) return stop;
        SubmissionKey = NewKey();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadReviewAsync(cancellationToken, submitting: true) is { } stop) return stop;
        var problems = SectionCheck.CheckSaved(Collecte.Questionnaire, Draft!.Answers);
        if (problems.Count > 0)
        {
            foreach (var error in problems)
                Errors.Add(new FieldError(FieldError.QuestionFieldId(error.QuestionId), ProblemText.For(text, error.Problem, Collecte.Questionnaire.FindQuestion(error.QuestionId))));
            SubmissionKey = NewKey();
            return Page();
        }
        var key = string.IsNullOrWhiteSpace(SubmissionKey) || SubmissionKey.Length > MaxKeyLength ? NewKey() : SubmissionKey;
        await Store.SubmitAsync(Collecte.Collecte.Id, Draft.PublicId, Draft.PublicId + ":" + key, cancellationToken);
        if (IsKiosk)
        {
            // The kiosk forgets the draft at once; the thank-you page knows it was just submitted from this note.
            Cookie.Clear(Response, Code);
            TempData[ThankYouModel.JustSubmittedKey(Code)] = true;
        }
        return RedirectToPage("/Answer/ThankYou", new { code = Code });
    }

    // The acknowledgement (post) reads the collecte's row afresh: a collecte closed a moment ago refuses it.
    private async Task<IActionResult?> LoadReviewAsync(CancellationToken cancellationToken, bool submitting = false)
    {
        if (await LoadAsync(needsDraft: true, cancellationToken, freshCollecte: submitting) is { } stop) return stop;
        return Collecte.Covers(Draft!.NeighbourhoodCode)
            ? null
            : RedirectToPage("/Answer/Neighbourhood", new { code = Code });
    }
}
