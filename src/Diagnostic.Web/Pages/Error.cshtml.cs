using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages;

/// <summary>Shown for an unexpected failure; re-executed with the failing request's method, so no handler.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId => Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public bool ShowRequestId => !string.IsNullOrEmpty(RequestId);
}
