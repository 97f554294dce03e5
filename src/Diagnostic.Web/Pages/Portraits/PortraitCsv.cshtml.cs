using System.Text;
using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Microsoft.AspNetCore.Mvc;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>The portrait file of src/Diagnostic.Core/Analysis/README.md, exactly as PortraitCsvWriter writes it.</summary>
public sealed class PortraitCsvModel(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access)
    : PortraitPageModel(db, portraits, access)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused) return refused;
        var bytes = Portrait.Derived("csv", () => Encoding.UTF8.GetBytes(PortraitCsvWriter.ToCsv(Portrait.Portrait)));
        return File(bytes, "text/csv; charset=utf-8", $"portrait-{Code}.csv");
    }
}
