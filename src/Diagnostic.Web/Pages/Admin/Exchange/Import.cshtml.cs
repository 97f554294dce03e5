using System.Security.Claims;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Exchange;
using Diagnostic.Web.Uploads;
using Diagnostic.Web.Pages.Admin.Collectes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>
/// Upload of a response CSV (paper questionnaires keyed in a spreadsheet, another tool's export) in two steps: the
/// upload is checked and previewed with its row count (a file cut at a row boundary is valid, only the count shows
/// it), then the organisatrice confirms and exactly those bytes are imported, all or nothing. Every error is shown
/// with its row and column (the first <see cref="ShownErrors"/>, then how many more).
/// </summary>
[UploadLimit(MaxBytes)]
public sealed class ImportModel(
    AdminCollectes collectes, ResponseImporter importer, PendingImports pending, AuditLog audit, IStringLocalizer<ExchangeText> strings) : CollecteByCodePageModel(collectes)
{
    public const int ShownErrors = 200;
    public const long MaxBytes = 50L * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The checked upload waiting for confirmation.</summary>
    [BindProperty]
    public string? Token { get; set; }

    public ImportResult? Preview { get; private set; }
    public ImportResult? Result { get; private set; }
    public string? FileError { get; private set; }

    private string Person => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        return Page();
    }

    /// <summary>Checks the upload and shows what the import would do; nothing is stored.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Token = null;
        if (Upload is not { Length: > 0 })
        {
            FileError = strings["Import.NoFile"];
            return Page();
        }
        if (Upload.Length > MaxBytes)
        {
            FileError = strings["Import.TooLarge", new UploadLimitFeature(MaxBytes).MegaBytes];
            return Page();
        }
        // The CSV reader reads synchronously; the upload is copied to memory first (bounded by MaxBytes).
        using var content = new MemoryStream();
        await Upload.CopyToAsync(content, ct);
        content.Position = 0;
        var checkedFile = await importer.PreviewAsync(Collecte, content, ct);
        if (!checkedFile.Succeeded)
        {
            Result = checkedFile;
            return Page();
        }
        Token = pending.Keep(Collecte.Collecte.Id, Person, content.ToArray());
        if (Token is null) FileError = strings["Import.Busy"];
        else Preview = checkedFile;
        return Page();
    }

    /// <summary>Imports the previewed bytes, checked again against the database as it is now.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (pending.Take(Token, Collecte.Collecte.Id, Person) is not { } bytes)
        {
            FileError = strings["Import.Expired"];
            return Page();
        }
        Token = null;
        using var content = new MemoryStream(bytes);
        Result = await importer.ImportAsync(Collecte, content, ct);
        if (Result.Succeeded)
        {
            await audit.RecordAsync(User, AuditActions.CollecteImported, AuditTarget.Collecte(Collecte.Id),
                $"{Result.Added} added, {Result.Skipped} already present", ct);
        }
        return Page();
    }
}
