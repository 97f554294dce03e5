using Diagnostic.Data.Partners;
using Diagnostic.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>Upload of the partners CSV: all or nothing, errors with row and column; known names are updated.</summary>
[UploadLimit(MaxBytes)]
public sealed class ImportModel(PartnerDirectory directory, IStringLocalizer<PartnersText> strings) : PageModel
{
    public const long MaxBytes = 5L * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<PartnerCsvError> Errors { get; private set; } = [];
    public (int Added, int Updated)? Done { get; private set; }
    public string? FileError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            FileError = strings["Import.NoFile"];
            return Page();
        }
        using var content = new MemoryStream();
        await Upload.CopyToAsync(content, ct);
        var (added, updated, errors) = await directory.ImportAsync(content.ToArray(), ct);
        Errors = errors;
        if (errors.Count == 0) Done = (added, updated);
        return Page();
    }
}
