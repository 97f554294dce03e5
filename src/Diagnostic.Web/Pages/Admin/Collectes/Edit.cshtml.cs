using Diagnostic.Data.Collectes;
using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Collectes;

/// <summary>Edits a collecte's name, dates, retention and targets (its code, questionnaire and neighbourhoods are fixed).</summary>
public sealed class EditModel(OrganizerCollectes collectes, CollecteStore store, IStringLocalizer<OrganizerText> words)
    : CollectePageModel(collectes)
{
    [BindProperty]
    public CreateInput Form { get; set; } = new();

    public List<FieldError> Errors { get; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == "Form_" + field)?.Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Form = new CreateInput
        {
            Name = Collecte.Name,
            Opens = Collecte.OpensAt is { } o ? QuebecDates.DayOf(o) : null,
            Closes = Collecte.ClosesAt is { } c ? QuebecDates.LastDay(c) : null,
            RetainUntil = Collecte.RetainUntil,
            Targets = Collecte.Neighbourhoods.ToDictionary(n => n.Territory!.Code, n => n.ParticipationTarget),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, _) in ModelState.Where(m => m.Value!.Errors.Count > 0))
            Errors.Add(new FieldError(key.Replace('.', '_').Replace('[', '_').Replace("]", ""), words["Collecte.NotValid"]));
        if (Errors.Count > 0) return Page();
        var refused = await store.UpdateAsync(Collecte, Form.Name,
            Form.Opens is { } o ? QuebecDates.StartOf(o) : null,
            Form.Closes is { } c ? QuebecDates.EndOf(c) : null,
            Form.RetainUntil, Form.Targets, cancellationToken);
        Errors.AddRange(refused.Select(e => new FieldError("Form_" + e.Field, words[e.Key, e.Argument ?? ""])));
        if (Errors.Count > 0) return Page();
        TempData["Message"] = words["Edit.Saved"].Value;
        return RedirectToPage("/Admin/Collectes/Detail", new { id = Id });
    }
}
