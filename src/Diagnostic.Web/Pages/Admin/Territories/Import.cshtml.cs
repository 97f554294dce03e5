using Diagnostic.Core.Territories;
using Diagnostic.Data.Territories;
using Diagnostic.Web.Pages.Admin.TerritoryData;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.Territories;

/// <summary>
/// Upload a territory CSV, see every error with its line and column, or a preview of what would be added and
/// updated; confirming imports the very same bytes, all-or-nothing. A file with an error changes nothing. Core gives
/// each problem's position and kind; it is worded in the reader's language like the other territory data files'.
/// </summary>
[UploadLimit(MaxBytes, MaxBodyBytes = MaxBytes * 4 / 3 + UploadLimitAttribute.FormRoom)] // the confirmation posts the file back in base64
public sealed class ImportModel(TerritoryStore store, IStringLocalizer<OrganizerText> words, IStringLocalizer<TerritoryDataText> problems) : PageModel
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public sealed record PreviewLine(TerritoryNode Territory, bool Exists);

    public IReadOnlyList<FileProblem> FileErrors { get; private set; } = [];
    public List<FieldError> Errors { get; } = [];
    public List<PreviewLine> Preview { get; } = [];

    /// <summary>The checked file, carried to the confirmation so exactly what was previewed is imported.</summary>
    [BindProperty]
    public string? FileContent { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            Errors.Add(new FieldError("file", words["Import.FileRequired"]));
            return Page();
        }
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, cancellationToken);
        FileName = Path.GetFileName(file.FileName);
        var read = TerritoryCsvReader.Read(memory.ToArray(), FileName);
        if (!read.IsValid)
        {
            FileErrors = DataFileProblemText.Of(problems, read.Errors);
            return Page();
        }
        FileContent = Convert.ToBase64String(memory.ToArray());
        var (_, existing) = await store.LoadAsync(cancellationToken);
        Preview.AddRange(read.Tree!.Territories.Select(t => new PreviewLine(t, existing.Any(e => e.Code == t.Code))));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(FileContent ?? "");
        }
        catch (FormatException)
        {
            return BadRequest();
        }
        var read = TerritoryCsvReader.Read(bytes, FileName ?? "territoires.csv");
        var imported = await store.ImportAsync(read, cancellationToken);
        if (!imported.Succeeded)
        {
            FileErrors = DataFileProblemText.Of(problems, imported.Errors);
            return Page();
        }
        TempData["Message"] = words["Import.Done", imported.Added.Count, imported.Updated.Count].Value;
        return RedirectToPage("/Admin/Territories/Index");
    }
}
