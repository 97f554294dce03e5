using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Account;

/// <summary>
/// "Accès refusé": a signed-in account without the role. Reached by re-execution of a 403 (/erreur/403 wins over
/// /erreur/{status}), with the original method, so it has no handler and ignores antiforgery.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AccessDeniedModel : PageModel;
