using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Territories;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Territories;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Questionnaires;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>
/// New collecte in two steps without JavaScript: pick the territory, then its neighbourhoods (all ticked),
/// the questionnaire, dates, targets and retention. A partner collecte can be created alongside a citizen one.
/// </summary>
public sealed class CreateModel(
    DiagnosticDbContext db, TerritoryStore territories, CollecteStore store, QuestionnaireLibrary library,
    OrganizerCollectes collectes, IStringLocalizer<OrganizerText> words) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "territoire")]
    public string? TerritoryCode { get; set; }

    [BindProperty]
    public CreateInput Form { get; set; } = new();

    public List<FieldError> Errors { get; } = [];
    public List<Data.Entities.Territory> Parents { get; private set; } = [];
    public Data.Entities.Territory? Chosen { get; private set; }
    public List<Data.Entities.Territory> Leaves { get; private set; } = [];
    public IReadOnlyList<OfferedQuestionnaire> Questionnaires => library.Offered;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Form.Neighbourhoods = Leaves.Select(l => l.Code).ToList();
        Form.QuestionnaireId = library.Offered.FirstOrDefault(q => q.Questionnaire.Audience == Audience.Citizen)?.Questionnaire.Id ?? "";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Chosen is null) return RedirectToPage();
        foreach (var (key, entry) in ModelState.Where(m => m.Value!.Errors.Count > 0))
            Errors.Add(new FieldError(key.Replace('.', '_').Replace('[', '_').Replace("]", ""), words["Collecte.NotValid"]));
        var main = library.Find(Form.QuestionnaireId ?? "");
        if (main is null) Errors.Add(new FieldError("Form_QuestionnaireId", words["Collecte.QuestionnaireRequired"]));
        if (Errors.Count > 0) return Page();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await CreateAsync(Form.PublicCode ?? "", Form.Name ?? "", main!, "Form_", cancellationToken);
        if (created is not null && library.Find(Form.CompanionQuestionnaireId ?? "") is { } companion)
            await CreateAsync(Form.CompanionCode ?? "", $"{Form.Name} — {words["Collecte.PartnersSuffix"]}", companion, "Form_Companion", cancellationToken);
        if (Errors.Count > 0) return Page();
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage("/Admin/Collectes/Detail", new { id = created!.Id });
    }

    private async Task<Collecte?> CreateAsync(
        string code, string name, OfferedQuestionnaire questionnaire, string prefix, CancellationToken cancellationToken)
    {
        var result = await store.CreateAsync(new NewCollecte(
            code.Trim(), name, Chosen!.Code, questionnaire.Questionnaire, questionnaire.Yaml,
            Form.Neighbourhoods,
            Form.Targets.Where(t => t.Value is not null).ToDictionary(t => t.Key, t => t.Value!.Value),
            Form.Opens is { } o ? QuebecDates.StartOf(o) : null,
            Form.Closes is { } c ? QuebecDates.EndOf(c) : null,
            Form.RetainUntil, Form.OpenNow), cancellationToken);
        foreach (var error in result.Errors)
        {
            var field = prefix == "Form_" ? prefix + error.Field : prefix + (error.Field == "PublicCode" ? "Code" : error.Field);
            Errors.Add(new FieldError(field, words[error.Key, error.Argument ?? ""]));
        }
        if (result.Collecte is not { } collecte) return null;
        await collectes.AssignCreatorAsync(User, collecte, cancellationToken);
        await collectes.AuditAsync(User, AuditActions.CollecteCreated, collecte,
            $"{questionnaire.Questionnaire.Id} v{questionnaire.Questionnaire.Version}", cancellationToken);
        return collecte;
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == "Form_" + field)?.Message;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var (tree, entities) = await territories.LoadAsync(cancellationToken);
        if (tree is null) return;
        Parents = entities.Where(t => !tree.IsLeaf(t.Code)).OrderBy(t => t.Name).ToList();
        Chosen = Parents.FirstOrDefault(t => t.Code == TerritoryCode);
        if (Chosen is null) return;
        var leaves = tree.LeavesUnder(Chosen.Code).Select(l => l.Code).ToHashSet();
        Leaves = entities.Where(t => leaves.Contains(t.Code)).OrderBy(t => t.Name).ToList();
    }
}
