using System.ComponentModel.DataAnnotations;
using Diagnostic.Data;
using Diagnostic.Data.Territories;
using Diagnostic.Web.Pages.Answer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TerritoryEntity = Diagnostic.Data.Entities.Territory;

namespace Diagnostic.Web.Pages.Admin.Territories;

/// <summary>Creates a territory or edits one: code, name, parent, population and what its communities are called.</summary>
public sealed class EditModel(DiagnosticDbContext db, TerritoryStore store, IStringLocalizer<OrganizerText> words) : PageModel
{
    public sealed class Input
    {
        // Nullable so that an empty field reaches the store's own message instead of MVC's implicit [Required].
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? ParentCode { get; set; }
        [Range(0, int.MaxValue)]
        public int? Population { get; set; }
        public string? NeighbourhoodWord { get; set; } = TerritoryEntity.DefaultNeighbourhoodWord;
    }

    /// <summary>Named territoryId in the route: an int "id" on staff pages means a collecte.</summary>
    [BindProperty(SupportsGet = true, Name = "territoryId")]
    public int? Id { get; set; }

    [BindProperty]
    public Input Form { get; set; } = new();

    public List<TerritoryEntity> Parents { get; private set; } = [];
    public List<FieldError> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var territory = await db.Territories.Include(t => t.Parent).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (territory is null) return NotFound();
            Form = new Input
            {
                Code = territory.Code, Name = territory.Name, ParentCode = territory.Parent?.Code,
                Population = territory.Population, NeighbourhoodWord = territory.NeighbourhoodWord,
            };
        }
        await LoadParentsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id && !await db.Territories.AnyAsync(t => t.Id == id, cancellationToken)) return NotFound();
        if (ModelState.GetFieldValidationState("Form.Population") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            Errors.Add(new FieldError("Form_Population", words["Territory.PopulationInvalid"]));
        }
        else
        {
            var refused = await store.SaveAsync(new TerritoryInput(Id, Form.Code ?? "", Form.Name ?? "",
                Form.ParentCode, Form.Population, Form.NeighbourhoodWord ?? ""), cancellationToken);
            Errors.AddRange(refused.Select(e => new FieldError("Form_" + e.Field, words[e.Key, e.Argument ?? ""])));
        }
        if (Errors.Count > 0)
        {
            await LoadParentsAsync(cancellationToken);
            return Page();
        }
        TempData["Message"] = words["Territory.Saved", Form.Name?.Trim() ?? ""].Value;
        return RedirectToPage("/Admin/Territories/Index");
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == "Form_" + field)?.Message;

    private async Task LoadParentsAsync(CancellationToken cancellationToken) =>
        Parents = await db.Territories.AsNoTracking().Where(t => t.Id != Id).OrderBy(t => t.Name).ToListAsync(cancellationToken);
}
