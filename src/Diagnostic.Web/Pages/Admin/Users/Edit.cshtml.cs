using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Users;

/// <summary>
/// One account: its role, locked or not, and the collectes it is assigned to. An admin cannot change her own
/// role or lock herself out, so there is always an admin left.
/// </summary>
public sealed class EditModel(DiagnosticDbContext db, UserManager<DiagnosticUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record CollecteChoice(int Id, string Name, string Code, bool Assigned);

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public DiagnosticUser Account { get; private set; } = null!;
    public string Role { get; private set; } = "";
    public bool Locked { get; private set; }
    public bool IsSelf { get; private set; }
    public IReadOnlyList<CollecteChoice> Collectes { get; private set; } = [];

    /// <summary>A resource key saying what was just done.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRoleAsync(string role, CancellationToken cancellationToken) =>
        ChangeAsync(async user =>
        {
            if (!Roles.IsKnown(role)) return false;
            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, role);
            await users.UpdateSecurityStampAsync(user); // existing cookies lose the old role
            audit.Add(AuditActor.From(User), AuditActions.UserRoleChanged, AuditTarget.User(user.Id), "role " + role);
            return true;
        }, "Edit.RoleChanged", cancellationToken);

    public Task<IActionResult> OnPostLockAsync(CancellationToken cancellationToken) =>
        ChangeAsync(async user =>
        {
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user); // signs the account out everywhere
            audit.Add(AuditActor.From(User), AuditActions.UserLocked, AuditTarget.User(user.Id));
            return true;
        }, "Edit.LockedDone", cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        ChangeAsync(async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            audit.Add(AuditActor.From(User), AuditActions.UserUnlocked, AuditTarget.User(user.Id));
            return true;
        }, "Edit.UnlockedDone", cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(int[] collecteIds, CancellationToken cancellationToken) =>
        ChangeAsync(async user =>
        {
            var wanted = await db.Collectes.Where(s => collecteIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            var current = await db.CollecteOrganizers.Where(o => o.UserId == user.Id).ToListAsync(cancellationToken);
            db.CollecteOrganizers.RemoveRange(current.Where(o => !wanted.Contains(o.CollecteId)));
            db.CollecteOrganizers.AddRange(wanted.Where(id => current.All(o => o.CollecteId != id))
                .Select(id => new CollecteOrganizer { CollecteId = id, UserId = user.Id }));
            audit.Add(AuditActor.From(User), AuditActions.UserAssigned, AuditTarget.User(user.Id),
                "collectes " + string.Join(",", wanted.Order()));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, "Edit.Assigned", cancellationToken, allowSelf: true);

    private async Task<IActionResult> ChangeAsync(
        Func<DiagnosticUser, Task<bool>> change, string done, CancellationToken cancellationToken, bool allowSelf = false)
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null) return NotFound();
        if (!allowSelf && user.Id == users.GetUserId(User)) return BadRequest();
        if (!await change(user)) return BadRequest();
        await db.SaveChangesAsync(cancellationToken);
        Done = done;
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(Id) is not { } user) return false;
        Account = user;
        Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        Locked = user.LockoutEnd > clock.GetUtcNow();
        IsSelf = user.Id == users.GetUserId(User);
        var assigned = await db.CollecteOrganizers.Where(o => o.UserId == user.Id).Select(o => o.CollecteId).ToListAsync(cancellationToken);
        Collectes = await db.Collectes.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new CollecteChoice(s.Id, s.Name, s.PublicCode, assigned.Contains(s.Id)))
            .ToListAsync(cancellationToken);
        return true;
    }
}
