using Diagnostic.Web.Pages.Comite.Cycles;
using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// Which comités a signed-in person may open: an admin or an organisatrice every one (she runs them); a comité member
/// only those she holds a current seat on (a member whose seat ended loses access; the seat stays in the history).
/// Anything else is a 404 for the caller, so a comité's existence does not leak.
/// </summary>
public sealed class ComiteAccess(DiagnosticDbContext db, Organisations.Today today)
{
    public static bool IsOrganizer(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Organizer);

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public IQueryable<Data.Entities.Comite> Visible(ClaimsPrincipal user)
    {
        if (IsOrganizer(user)) return db.Comites;
        var userId = UserId(user);
        var day = today.Date;
        return userId is null
            ? db.Comites.Where(_ => false)
            : db.Comites.Where(c => c.Members.Any(m => m.UserId == userId && m.StartDate <= day && (m.EndDate == null || m.EndDate >= day)));
    }

    /// <summary>The comité years the person may follow, with their comité and territory.</summary>
    public IQueryable<ComiteCycle> Cycles(ClaimsPrincipal user)
    {
        var cycles = db.ComiteCycles.Include(c => c.Comite!).ThenInclude(c => c.Territory);
        if (IsOrganizer(user)) return cycles;
        var userId = UserId(user) ?? "";
        var day = today.Date;
        return cycles.Where(c => db.ComiteMembers.Any(
            m => m.ComiteId == c.ComiteId && m.UserId == userId && m.StartDate <= day && (m.EndDate == null || m.EndDate >= day)));
    }

    /// <summary>The year with its comité, or null when unknown or outside the person's comités (a 404 for the caller).</summary>
    public Task<ComiteCycle?> FindCycleAsync(ClaimsPrincipal user, int cycleId, CancellationToken cancellationToken) =>
        Cycles(user).FirstOrDefaultAsync(c => c.Id == cycleId, cancellationToken);

    public async Task<bool> CanSeeComiteAsync(ClaimsPrincipal user, int comiteId, CancellationToken cancellationToken) =>
        await Visible(user).AnyAsync(c => c.Id == comiteId, cancellationToken);

    /// <summary>The cycle with its comité, or null when it does not exist or is outside the person's comités.</summary>
    public async Task<CycleScope?> CycleAsync(ClaimsPrincipal user, int cycleId, CancellationToken cancellationToken)
    {
        var cycle = await db.ComiteCycles.Include(c => c.Comite!).ThenInclude(c => c.Territory)
            .SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle is null) return null;
        var member = await MemberAsync(user, cycle.ComiteId, cancellationToken);
        if (!IsOrganizer(user) && member is null) return null;
        return new CycleScope(cycle, cycle.Comite!.Name, cycle.Comite.Territory?.Name ?? "", IsOrganizer(user), member);
    }

    public async Task<ComiteMember?> MemberAsync(ClaimsPrincipal user, int comiteId, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        if (userId is null) return null;
        var day = today.Date;
        // The running seat; overlapping seats of one person are refused (SeatEditor), so there is one at most.
        return await db.ComiteMembers.Include(m => m.VoterType)
            .Where(m => m.ComiteId == comiteId && m.UserId == userId && m.StartDate <= day && (m.EndDate == null || m.EndDate >= day))
            .OrderByDescending(m => m.StartDate).FirstOrDefaultAsync(cancellationToken);
    }
}
