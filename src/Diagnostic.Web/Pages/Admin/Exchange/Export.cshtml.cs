using Diagnostic.Core.Responses;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Exchange;
using Diagnostic.Web.Pages.Admin.Collectes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Exchange;

/// <summary>Downloads of a collecte's responses (wide or long CSV, comma or Excel semicolons) and codebook, streamed.</summary>
public sealed class ExportModel(
    AdminCollectes collectes, DiagnosticDbContext db, ResponseExporter exporter, AuditLog audit, TimeProvider clock) : CollecteByCodePageModel(collectes)
{
    public int Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Submitted = await db.Responses.CountAsync(r => r.CollecteId == Collecte.Id && r.Status == ResponseStatus.Submitted, ct);
        return Page();
    }

    /// <summary>?handler=download&amp;format=wide|long|codebook&amp;separator=comma|semicolon</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format, string? separator, CancellationToken ct)
    {
        if (!Enum.TryParse<ExportFormat>(format ?? "wide", true, out var chosen) || !Enum.IsDefined(chosen)) return BadRequest();
        var dialect = separator == "semicolon" ? ResponseCsvSeparator.SemicolonForExcel : ResponseCsvSeparator.Comma;
        await audit.RecordAsync(User, AuditActions.CollecteExported, AuditTarget.Collecte(Collecte.Id),
            $"format {chosen.ToString().ToLowerInvariant()}, {(dialect == ResponseCsvSeparator.Comma ? "comma" : "semicolon")}", ct);
        var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var name = ResponseExporter.FileName(Collecte.Code, chosen, day);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = name }.ToString();
        Response.Headers.CacheControl = "no-store";
        await exporter.ExportAsync(Collecte, chosen, dialect, Response.Body, ct);
        return new EmptyResult();
    }
}
