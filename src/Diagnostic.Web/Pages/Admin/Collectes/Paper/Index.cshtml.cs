using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Collectes;
using Diagnostic.Web.Localization;
using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Collectes.Paper;

/// <summary>
/// Keying in a paper questionnaire: every question of the collecte's snapshot on one page, checked by the same
/// ResponseValidator as the citizen flow, stored as submitted with channel paper. Who keyed it is audited only.
/// </summary>
public sealed class IndexModel(
    OrganizerCollectes collectes, CollecteStore store, SnapshotQuestionnaires snapshots,
    IStringLocalizer<SharedResource> shared, IStringLocalizer<OrganizerText> words, Diagnostic.Data.DiagnosticDbContext db) : CollectePageModel(collectes)
{
    public const string NeighbourhoodField = "neighbourhood";

    [BindProperty(Name = "neighbourhood")]
    public string? Neighbourhood { get; set; }

    [BindProperty(Name = "language")]
    public string Language { get; set; } = Languages.French;

    /// <summary>Made when the blank form is shown and kept while it is shown again with errors: one key, one questionnaire.</summary>
    [BindProperty(Name = "entry")]
    public string? EntryKey { get; set; }

    [TempData]
    public string? Message { get; set; }

    public Questionnaire Questionnaire { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();
    public List<FieldError> Errors { get; } = [];
    public bool Accepting => Collecte.Status != CollecteStatus.Archived && !Purged;

    /// <summary>Retention deleted the answers (<see cref="CollecteStore.PurgedAsync"/>).</summary>
    public bool Purged { get; private set; }

    public string? ErrorFor(string questionId) =>
        Errors.FirstOrDefault(e => e.FieldId == FieldError.QuestionFieldId(questionId))?.Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Purged = await CollecteStore.PurgedAsync(db, Collecte.Id, cancellationToken);
        Questionnaire = snapshots.Get(Collecte.Snapshot!);
        EntryKey = Guid.NewGuid().ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Purged = await CollecteStore.PurgedAsync(db, Collecte.Id, cancellationToken);
        if (!Accepting) return NotFound();
        Questionnaire = snapshots.Get(Collecte.Snapshot!);
        // A form without a readable key (a page opened before the key existed) still saves, as a new questionnaire.
        var entryKey = Guid.TryParse(EntryKey, out var key) ? key : Guid.NewGuid();
        EntryKey = entryKey.ToString();
        var posted = AnswerForm.Read(Questionnaire, Request.Form);
        Values = posted.Values;
        if (!Collecte.Neighbourhoods.Any(n => n.Territory!.Code == Neighbourhood))
            Errors.Add(new FieldError(NeighbourhoodField, words["Paper.NeighbourhoodRequired", NeighbourhoodWord]));
        var problems = ResponseValidator.Validate(Questionnaire, posted.Values)
            .Concat(posted.UnknownIds.Select(id => new AnswerError(id, new AnswerProblem(AnswerProblemKind.UnknownQuestion, id))));
        foreach (var problem in problems)
            Errors.Add(new FieldError(FieldError.QuestionFieldId(problem.QuestionId), ProblemText.For(shared, problem.Problem, Questionnaire.FindQuestion(problem.QuestionId))));
        if (Errors.Count > 0) return Page();
        var language = Languages.Supported.Contains(Language) ? Language : Languages.French;
        var stored = await store.AddPaperResponseAsync(Collecte, entryKey, Neighbourhood!, language,
            ResponseValidator.PruneIrrelevant(Questionnaire, posted.Values), cancellationToken);
        // The second post of a double-click gets the same answer as the first, without a second entry in the log.
        if (stored) await Collectes.AuditAsync(User, AuditActions.ResponsePaperEntered, Collecte, null, cancellationToken);
        Message = words["Paper.Saved"].Value;
        return RedirectToPage(new { id = Id });
    }
}
