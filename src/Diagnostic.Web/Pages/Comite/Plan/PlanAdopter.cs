using System.Globalization;
using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Plan;

/// <summary>
/// The comité adopts the year's plan at one of the year's séances (its date is the adoption's date); each adoption
/// keeps a snapshot of the plan as version 1, 2, 3…, so the plan adopted in October still reads after spring edits.
/// </summary>
public sealed class PlanAdopter(DiagnosticDbContext db, PlanReader reader, AuditLog audit, TimeProvider clock, IStringLocalizer<PlanText> words)
{
    public async Task<string?> AdoptAsync(int cycleId, int seanceId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var seance = await db.Seances.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seanceId && s.CycleId == cycleId, cancellationToken);
        if (seance is null) return words["Adoption.SeanceMissing"];
        var plan = await reader.ReadAsync(cycleId, cancellationToken);
        if (!plan.Any(t => t.Actions.Count > 0)) return words["Adoption.Empty"];
        var version = 1 + (await db.PlanAdoptions.Where(a => a.CycleId == cycleId).MaxAsync(a => (int?)a.Version, cancellationToken) ?? 0);
        var adoption = new PlanAdoption
        {
            CycleId = cycleId, SeanceId = seance.Id, Version = version, AdoptedOn = seance.Date,
            Snapshot = PlanSnapshot.Of(plan).ToJson(), RecordedAt = clock.GetUtcNow(),
        };
        db.PlanAdoptions.Add(adoption);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.PlanAdopted, AuditTarget.Cycle(cycleId),
            "version=" + version.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return null;
    }
}
