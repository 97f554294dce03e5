using System.ComponentModel.DataAnnotations;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Abuse;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Account;

/// <summary>
/// Sign-in for staff. One message, and one password hash of work, for an unknown email, a wrong password and a locked
/// account (no account enumeration). Each address gets a few tries per sliding window (RateLimits:SignIn, below
/// <see cref="AccountRules.MaxFailedAttempts"/>), and failures only add up toward Identity's short lockout within the
/// span where that limit holds (<see cref="RequestLimits.SignInSpan"/>): one address can never lock an account, it
/// takes many together. Nothing about the person is logged.
/// </summary>
[RateLimited(RateLimitKind.SignIn)]
public sealed class LoginModel(
    SignInManager<DiagnosticUser> signIn, UserManager<DiagnosticUser> users, AuditLog audit, SignInTiming timing,
    IOptions<RateLimitOptions> limits, TimeProvider clock) : PageModel
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

    /// <summary>A resource key: Login.Failed, the same whatever failed.</summary>
    public string? Problem { get; private set; }

    public int LockoutAttempts => AccountRules.MaxFailedAttempts;
    public int LockoutMinutes => (int)AccountRules.LockoutDuration.TotalMinutes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByNameAsync(Input.Email.Trim());
        if (user is null)
        {
            timing.SpendOneHash(Input.Password);
            Problem = "Login.Failed";
            return Page();
        }
        // Identity does not check the password of a locked account: spend the same time as if it did.
        var wasLocked = await users.IsLockedOutAsync(user);
        if (wasLocked) timing.SpendOneHash(Input.Password);
        else await ForgetFailuresBeforeTheSpanAsync(user);
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return await RedirectAfterSignInAsync(user, cancellationToken);
        if (!wasLocked && !result.IsLockedOut && user.AccessFailedCount == 1)
        {
            user.FailedSignInsSince = clock.GetUtcNow();
            await users.UpdateAsync(user);
        }
        if (result.IsLockedOut && !wasLocked)
            await audit.RecordAsync(AuditActor.System, AuditActions.UserLockedOut, AuditTarget.User(user.Id), null, cancellationToken);
        Problem = "Login.Failed";
        return Page();
    }

    /// <summary>A run of failures that began longer ago than the sign-in span no longer counts toward a lockout.</summary>
    private async Task ForgetFailuresBeforeTheSpanAsync(DiagnosticUser user)
    {
        if (user.AccessFailedCount == 0) return;
        if (user.FailedSignInsSince is { } since && clock.GetUtcNow() - since < RequestLimits.SignInSpan(limits.Value.SignIn)) return;
        user.FailedSignInsSince = null;
        await users.ResetAccessFailedCountAsync(user);
    }

    private async Task<IActionResult> RedirectAfterSignInAsync(DiagnosticUser user, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditActor(user.Id, user.Email ?? "?"), AuditActions.UserSignedIn, AuditTarget.User(user.Id), null, cancellationToken);
        // Only a path of this site: an absolute or protocol-relative ReturnUrl would be an open redirect.
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl);
        return LocalRedirect(StaffHome.For(await users.GetRolesAsync(user)));
    }
}
