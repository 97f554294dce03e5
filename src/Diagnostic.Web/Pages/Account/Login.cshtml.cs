using System.ComponentModel.DataAnnotations;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Account;

/// <summary>
/// Sign-in for staff. One message for an unknown email and a wrong password (no account enumeration);
/// lockout after <see cref="AccountRules.MaxFailedAttempts"/> failures. Nothing about the person is logged.
/// </summary>
public sealed class LoginModel(SignInManager<DiagnosticUser> signIn, UserManager<DiagnosticUser> users, AuditLog audit) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Login.EmailRequired")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Login.PasswordRequired")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>A resource key: Login.Failed or Login.LockedOut.</summary>
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return await RedirectAfterSignInAsync(cancellationToken);
        if (result.IsLockedOut)
        {
            if (await users.FindByNameAsync(Input.Email.Trim()) is { } locked)
            {
                await audit.RecordAsync(AuditActor.System, AuditActions.UserLockedOut, AuditTarget.User(locked.Id), null, cancellationToken);
            }
            Problem = "Login.LockedOut";
        }
        else
        {
            Problem = "Login.Failed";
        }
        return Page();
    }

    private async Task<IActionResult> RedirectAfterSignInAsync(CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(Input.Email.Trim());
        if (user is null) throw new InvalidOperationException("Signed in without an account");
        await audit.RecordAsync(new AuditActor(user.Id, user.Email ?? "?"), AuditActions.UserSignedIn, AuditTarget.User(user.Id), null, cancellationToken);
        // Only a path of this site: an absolute or protocol-relative ReturnUrl would be an open redirect.
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl);
        return LocalRedirect(StaffHome.For(await users.GetRolesAsync(user)));
    }
}
