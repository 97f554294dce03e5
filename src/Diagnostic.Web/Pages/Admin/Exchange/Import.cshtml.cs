using Diagnostic.Data.Audit;
using Diagnostic.Data.Exchange;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>
/// Upload of a response CSV (paper questionnaires keyed in a spreadsheet, another tool's export): all or nothing,
/// every error shown with its row and column (the first <see cref="ShownErrors"/>, then how many more).
/// </summary>
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class ImportModel(
    AdminCollectes collectes, ResponseImporter importer, AuditLog audit, IStringLocalizer<ExchangeText> strings) : PageModel
{
    public const int ShownErrors = 200;
    public const long MaxBytes = 50L * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ExchangeCollecte Collecte { get; private set; } = null!;
    public ImportResult? Result { get; private set; }
    public string? FileError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await collectes.FindAsync(User, Code, ct) is not { } collecte) return NotFound();
        Collecte = collecte;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await collectes.FindAsync(User, Code, ct) is not { } collecte) return NotFound();
        Collecte = collecte;
        if (Upload is not { Length: > 0 })
        {
            FileError = strings["Import.NoFile"];
            return Page();
        }
        // The CSV reader reads synchronously; the upload is copied to memory first (bounded by MaxBytes).
        using var content = new MemoryStream();
        await Upload.CopyToAsync(content, ct);
        content.Position = 0;
        Result = await importer.ImportAsync(collecte, content, ct);
        if (Result.Succeeded)
        {
            await audit.RecordAsync(User, AuditActions.CollecteImported, AuditTarget.Collecte(collecte.Id),
                $"{Result.Added} added, {Result.Skipped} already present", ct);
        }
        return Page();
    }
}
