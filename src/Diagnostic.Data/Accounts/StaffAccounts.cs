using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Diagnostic.Data.Accounts;

/// <summary>Creates staff accounts the same way from the CLI, the admin pages and the demo seeder.</summary>
public sealed class StaffAccounts(UserManager<DiagnosticUser> users, AuditLog audit, TimeProvider? clock = null)
{
    /// <summary>Creates the account with its role and records user.created; errors are returned, not thrown.</summary>
    public async Task<AccountResult> CreateAsync(
        string email, string password, string role, AuditActor actor, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        if (!Roles.IsKnown(role)) return AccountResult.Failed($"unknown role '{role}' (expected {string.Join(", ", Roles.All)})");
        if (await users.FindByEmailAsync(email) is not null) return AccountResult.Failed([users.ErrorDescriber.DuplicateEmail(email)]);
        var user = new DiagnosticUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = (clock ?? TimeProvider.System).GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return AccountResult.Failed(created.Errors);
        var inRole = await users.AddToRoleAsync(user, role);
        if (!inRole.Succeeded)
        {
            await users.DeleteAsync(user);
            return AccountResult.Failed(inRole.Errors);
        }
        await audit.RecordAsync(actor, AuditActions.UserCreated, AuditTarget.User(user.Id), "role " + role, cancellationToken);
        return AccountResult.Created(user);
    }

}
