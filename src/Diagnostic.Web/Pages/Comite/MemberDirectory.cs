using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>Finds the staff account a new comité member signs in with: it must exist and hold the `comite` role.</summary>
public sealed class MemberDirectory(DiagnosticDbContext db)
{
    public async Task<string?> FindCommitteeUserAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var normalized = email.Trim().ToUpperInvariant();
        var role = Roles.Committee.ToUpperInvariant();
        return await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join r in db.Roles on userRole.RoleId equals r.Id
            where user.NormalizedEmail == normalized && r.NormalizedName == role
            select user.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
