using Diagnostic.Data.Entities;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Pages.Admin.Exchange;
using Diagnostic.Web.Pages.Admin.Collectes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Privacy;

/// <summary>A collecte's retention date and the portraits archived when its raw answers were deleted (downloadable as JSON).</summary>
public sealed class RetentionModel(AdminCollectes collectes, RetentionService retention) : CollecteByCodePageModel(collectes)
{
    public IReadOnlyList<PortraitArchive> Archives { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Archives = await retention.ArchivesAsync(Collecte.Id, ct);
        return Page();
    }

    /// <summary>?handler=archive&amp;id=N: the archived portrait, as PortraitJsonWriter wrote it.</summary>
    public async Task<IActionResult> OnGetArchiveAsync(int id, CancellationToken ct)
    {
        var archive = (await retention.ArchivesAsync(Collecte.Id, ct)).FirstOrDefault(a => a.Id == id);
        if (archive is null) return NotFound();
        return File(System.Text.Encoding.UTF8.GetBytes(archive.Json), "application/json",
            $"{Collecte.Code}-portrait-archive-{archive.CreatedAt:yyyy-MM-dd}.json");
    }
}
