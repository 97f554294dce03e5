using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>
/// The bilan of the démarche itself, beside the change in indicators (domain.md 2.4): the séances held, the
/// organisations and citizens mobilised through commitments, how many commitments went to actions carried through,
/// and the concertation's movement: organisations present this year and not the year before (joined) or the reverse
/// (left). Organisations are known by name from the comité's members and the actions' porteurs and commitments.
/// </summary>
public sealed class BilanProcess(DiagnosticDbContext db, TimeProvider clock)
{
    public sealed record View(
        IReadOnlyList<Seance> SeancesHeld, IReadOnlyList<string> Organisations, int CitizenCommitments,
        int CommitmentsHonoured, int Commitments, string? PreviousYear, IReadOnlyList<string> Joined, IReadOnlyList<string> Left);

    public async Task<View> ReadAsync(ComiteCycle cycle, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var held = (await db.Seances.AsNoTracking().Where(s => s.CycleId == cycle.Id).ToListAsync(cancellationToken))
            .Where(s => s.Date <= today).OrderBy(s => s.Date).ToList();
        var commitments = await db.ActionCommitments.AsNoTracking().Where(c => c.Action!.Target!.CycleId == cycle.Id)
            .Select(c => new { c.PartnerName, c.ByCitizens, c.Action!.Status }).ToListAsync(cancellationToken);
        var organisations = await OrganisationsAsync(cycle.Id, cancellationToken);
        var previous = (await db.ComiteCycles.AsNoTracking().Where(c => c.ComiteId == cycle.ComiteId).ToListAsync(cancellationToken))
            .Where(c => string.CompareOrdinal(c.YearLabel, cycle.YearLabel) < 0).MaxBy(c => c.YearLabel);
        var before = previous is null ? null : await OrganisationsAsync(previous.Id, cancellationToken);
        return new View(
            held, organisations, commitments.Count(c => c.ByCitizens),
            commitments.Count(c => c.Status == ActionStatus.Done), commitments.Count, previous?.YearLabel,
            before is null ? [] : organisations.Except(before, StringComparer.OrdinalIgnoreCase).ToList(),
            before is null ? [] : before.Except(organisations, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>Organisations mobilised in a year: porteurs and partners of its actions (citizens' commitments aside).</summary>
    private async Task<List<string>> OrganisationsAsync(int cycleId, CancellationToken cancellationToken)
    {
        var partners = await db.ActionCommitments.AsNoTracking().Where(c => c.Action!.Target!.CycleId == cycleId && !c.ByCitizens)
            .Select(c => c.PartnerName).ToListAsync(cancellationToken);
        var porteurs = await db.Actions.AsNoTracking().Where(a => a.Target!.CycleId == cycleId).Select(a => a.LeadOrganisation).ToListAsync(cancellationToken);
        return partners.Concat(porteurs).Select(n => n.Trim()).Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), true)).ToList();
    }
}
