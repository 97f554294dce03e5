using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Pages.Admin.Users;

/// <summary>An admin creates a staff account with a first password she passes on herself.</summary>
public sealed class CreateModel(StaffAccounts accounts) : PageModel
{
    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string Role { get; set; } = Roles.Organizer;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || !Input.Email.Contains('@'))
        {
            Errors = ["Create.EmailInvalid"];
            return Page();
        }
        var result = await accounts.CreateAsync(Input.Email, Input.Password, Input.Role, AuditActor.From(User), cancellationToken);
        if (result.User is not { } user)
        {
            Errors = result.Errors;
            return Page();
        }
        return Redirect("/admin/users/" + Uri.EscapeDataString(user.Id));
    }
}
