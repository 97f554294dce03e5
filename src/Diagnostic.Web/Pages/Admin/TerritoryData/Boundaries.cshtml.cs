using Diagnostic.Core.Maps;
using Diagnostic.Data;
using Diagnostic.Data.TerritoryData;
using Diagnostic.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>
/// The neighbourhood boundaries of a territory (GeoJSON, WGS84): upload with the name of the property holding each
/// neighbourhood's code, every problem with its feature or a preview, then confirm; all-or-nothing.
/// </summary>
[UploadLimit(MaxBytes, MaxBodyBytes = MaxBytes * 4 / 3 + UploadLimitAttribute.FormRoom)] // the confirmation posts the file back in base64
public sealed class BoundariesModel(DiagnosticDbContext db, BoundaryStore store, IStringLocalizer<TerritoryDataText> words) : TerritoryPageModel(db)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public string CodeProperty { get; set; } = BoundaryReader.DefaultCodeProperty;

    public IReadOnlyList<NeighbourhoodShape> Preview { get; private set; } = [];
    public int CurrentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await CountAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await CountAsync(cancellationToken);
        if (await UploadedFile.ReadAsync(file, MaxBytes, cancellationToken) is not { } bytes)
        {
            FileError = words["Upload.FileRequired", MaxBytes / 1024].Value;
            return Page();
        }
        FileName = UploadedFile.SafeName(file!, "limites.geojson");
        var read = BoundaryStore.Check(bytes, FileName, Property, Territory);
        if (read.Shapes is not { } shapes)
        {
            Problems = Of(read.Errors);
            return Page();
        }
        Preview = shapes;
        FileContent = Convert.ToBase64String(bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (UploadedFile.FromForm(FileContent) is not { } bytes) return BadRequest();
        var imported = await store.ImportAsync(Territory, bytes, FileName ?? "limites.geojson", Property, cancellationToken);
        if (imported.Shapes is not { } shapes)
        {
            Problems = Of(imported.Errors);
            await CountAsync(cancellationToken);
            return Page();
        }
        TempData["Message"] = words["Boundaries.Done", shapes.Count].Value;
        return RedirectToPage(new { Code });
    }

    private string Property => string.IsNullOrWhiteSpace(CodeProperty) ? BoundaryReader.DefaultCodeProperty : CodeProperty.Trim();

    private async Task CountAsync(CancellationToken cancellationToken) =>
        CurrentCount = (await store.ForAsync(Territory.Neighbourhoods.Select(n => n.Code).ToList(), cancellationToken)).Count;

    private List<FileProblem> Of(IEnumerable<BoundaryError> errors) => DataFileProblemText.Of(words, errors);
}
