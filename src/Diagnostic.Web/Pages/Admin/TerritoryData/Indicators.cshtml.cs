using Diagnostic.Core.DataFiles;
using Diagnostic.Core.Territories.Indicators;
using Diagnostic.Data;
using Diagnostic.Data.TerritoryData;
using Diagnostic.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>
/// The indicators of a territory and its neighbourhoods (long CSV): upload, every problem with its line and column
/// or a preview, then confirm; all-or-nothing, replacing the previous indicators only with a valid file.
/// </summary>
[UploadLimit(MaxBytes, MaxBodyBytes = MaxBytes * 4 / 3 + UploadLimitAttribute.FormRoom)] // the confirmation posts the file back in base64
public sealed class IndicatorsModel(DiagnosticDbContext db, IndicatorStore store, IStringLocalizer<TerritoryDataText> words) : TerritoryPageModel(db)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public IReadOnlyList<IndicatorRow> Preview { get; private set; } = [];
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
        FileName = UploadedFile.SafeName(file!, "indicateurs.csv");
        var read = IndicatorStore.Check(bytes, FileName, Territory);
        if (read.Rows is not { } rows)
        {
            Problems = Of(read.Errors);
            return Page();
        }
        Preview = rows;
        FileContent = Convert.ToBase64String(bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (UploadedFile.FromForm(FileContent) is not { } bytes) return BadRequest();
        var imported = await store.ImportAsync(Territory, bytes, FileName ?? "indicateurs.csv", cancellationToken);
        if (imported.Rows is not { } rows)
        {
            Problems = Of(imported.Errors);
            await CountAsync(cancellationToken);
            return Page();
        }
        TempData["Message"] = words["Indicators.Done", rows.Select(r => r.Indicator).Distinct().Count(), rows.Count].Value;
        return RedirectToPage(new { Code });
    }

    private async Task CountAsync(CancellationToken cancellationToken)
    {
        var ids = Territory.Neighbourhoods.Select(n => n.Id).Append(Territory.Id).ToList();
        CurrentCount = (await store.ForAsync(ids, cancellationToken)).Sum(g => g.Count());
    }

    private List<FileProblem> Of(IEnumerable<DataFileError> errors) => DataFileProblemText.Of(words, errors);
}
