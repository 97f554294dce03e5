using Diagnostic.Data;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Users;

/// <summary>Staff accounts with their role, for the admin pages.</summary>
public static class UserList
{
    public sealed record Row(string Id, string Email, string Role, bool Locked, DateTimeOffset CreatedAt, int Collectes);

    public static async Task<List<Row>> LoadAsync(DiagnosticDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name ?? "", cancellationToken);
        var assigned = await db.CollecteOrganizers.GroupBy(o => o.UserId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(cancellationToken);
        return users
            .Select(u => new Row(u.Id, u.Email ?? "", roles.GetValueOrDefault(u.Id, ""), u.LockoutEnd > now, u.CreatedAt,
                assigned.GetValueOrDefault(u.Id)))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
