using Diagnostic.Core.DataFiles;
using Diagnostic.Data.Collectes;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Data.TerritoryData;
using Diagnostic.Web.Pages.Admin.Collectes;
using Diagnostic.Web.Pages.Admin.Exchange;
using Diagnostic.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Admin.TerritoryData;

/// <summary>
/// The census file of a collecte's weighted portrait: upload, every problem with its line and column or a preview of
/// the populations, then confirm; all-or-nothing, the previous file replaced only by a valid one.
/// </summary>
[UploadLimit(MaxBytes, MaxBodyBytes = MaxBytes * 4 / 3 + UploadLimitAttribute.FormRoom)] // the confirmation posts the file back in base64
public sealed class CensusModel(AdminCollectes collectes, CollecteCensusStore store, IStringLocalizer<TerritoryDataText> words)
    : CollecteByCodePageModel(collectes)
{
    public const int MaxBytes = 1024 * 1024;

    public CollecteCensus? Current { get; private set; }
    public Census? Preview { get; private set; }
    public IReadOnlyList<FileProblem> Problems { get; private set; } = [];
    public string? FileError { get; private set; }

    [BindProperty]
    public string? FileContent { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    /// <summary>The weighting question of the preview, for its column labels.</summary>
    public Question? Question => Preview is null ? null
        : Collecte.Questionnaire.Sections.SelectMany(s => s.Questions).First(q => q.Id == Preview.QuestionId);

    /// <summary>A question's text in the page's language (its id only if the questionnaire no longer has it).</summary>
    public string QuestionText(string questionId) =>
        Collecte.Questionnaire.Sections.SelectMany(s => s.Questions).FirstOrDefault(q => q.Id == questionId)?.Text.In(Localization.Languages.Current)
        ?? questionId;

    /// <summary>The collecte's neighbourhoods as (code, name), in reading order.</summary>
    public IEnumerable<(string Code, string Name)> Neighbourhoods =>
        Collecte.Collecte.Neighbourhoods.Select(n => (n.Territory!.Code, n.Territory.Name))
            .OrderBy(n => n.Name, CollecteLoading.NameOrder);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Current = await store.FindAsync(Collecte.Id, cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Current = await store.FindAsync(Collecte.Id, cancellationToken);
        if (await UploadedFile.ReadAsync(file, MaxBytes, cancellationToken) is not { } bytes)
        {
            FileError = words["Upload.FileRequired", MaxBytes / 1024].Value;
            return Page();
        }
        FileName = UploadedFile.SafeName(file!, "recensement.csv");
        var read = CollecteCensusStore.Check(bytes, FileName, Collecte);
        if (read.Census is null)
        {
            Problems = Of(read.Errors);
            return Page();
        }
        Preview = read.Census;
        FileContent = Convert.ToBase64String(bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (UploadedFile.FromForm(FileContent) is not { } bytes) return BadRequest();
        var imported = await store.ImportAsync(Collecte, bytes, FileName ?? "recensement.csv", cancellationToken);
        if (imported.Census is null)
        {
            Problems = Of(imported.Errors);
            Current = await store.FindAsync(Collecte.Id, cancellationToken);
            return Page();
        }
        TempData["Message"] = words["Census.Done", imported.Census.Neighbourhoods.Count].Value;
        return RedirectToPage(new { Code });
    }

    public string? Message => TempData["Message"] as string;

    private List<FileProblem> Of(IEnumerable<DataFileError> errors) => DataFileProblemText.Of(words, errors);
}
