using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Account;

/// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<DiagnosticUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
