using System.ComponentModel.DataAnnotations;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Account;

/// <summary>Any signed-in account changes its own password (the current one is required).</summary>
public sealed class ChangePasswordModel(
    UserManager<DiagnosticUser> users, SignInManager<DiagnosticUser> signIn, AuditLog audit) : PageModel
{
    public sealed class InputModel
    {
        [Required]
        public string Current { get; set; } = "";

        [Required]
        public string New { get; set; } = "";

        [Required]
        public string Confirm { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid || Input.New != Input.Confirm)
        {
            Errors = ["Password.Mismatch"];
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(e => e.Code == "PasswordMismatch" ? "Password.WrongCurrent" : e.Description).ToList();
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(User, AuditActions.UserPasswordChanged, AuditTarget.User(user.Id), null, cancellationToken);
        Changed = true;
        return Page();
    }
}
