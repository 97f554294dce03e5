using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>
/// The bilan of the démarche itself, beside the change in indicators (domain.md 2.4): the séances held, the
/// organisations and citizens mobilised through commitments, how many commitments went to actions carried through,
/// and the effects on the concertation: organisations present this year and not the year before (joined) or the reverse
/// (left), and the new partnerships, two organisations working together on an activité (as its porteur or committed to
/// it) for the first time in the comité's years. Organisations are known by their directory entry, or by name for a
/// row written before the directory.
/// </summary>
public sealed class BilanProcess(DiagnosticDbContext db, TimeProvider clock)
{
    public sealed record View(
        IReadOnlyList<Seance> SeancesHeld, IReadOnlyList<string> Organisations, int CitizenCommitments,
        int CommitmentsHonoured, int Commitments, string? PreviousYear, IReadOnlyList<string> Joined, IReadOnlyList<string> Left,
        IReadOnlyList<Partnership> NewPartnerships);

    /// <summary>Two organisations (in name order) and the activités of the year they share.</summary>
    public sealed record Partnership(string First, string Second, IReadOnlyList<string> Activities);

    private static readonly StringComparer NameOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-CA"), true);

    public async Task<View> ReadAsync(ComiteCycle cycle, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var held = (await db.Seances.AsNoTracking().Where(s => s.CycleId == cycle.Id).ToListAsync(cancellationToken))
            .Where(s => s.Date <= today).OrderBy(s => s.Date).ToList();
        var commitments = await db.ActionCommitments.AsNoTracking().Where(c => c.Action!.Target!.CycleId == cycle.Id)
            .Select(c => new { c.ByCitizens, c.Action!.Status }).ToListAsync(cancellationToken);
        var years = (await db.ComiteCycles.AsNoTracking().Where(c => c.ComiteId == cycle.ComiteId).ToListAsync(cancellationToken))
            .Where(c => string.CompareOrdinal(c.YearLabel, cycle.YearLabel) <= 0).OrderBy(c => c.YearLabel, StringComparer.Ordinal).ToList();
        var involved = await InvolvedAsync(years.Select(y => y.Id).ToList(), cancellationToken);
        var thisYear = involved.Where(a => a.CycleId == cycle.Id).ToList();
        var organisations = Names(thisYear);
        var previous = years.LastOrDefault(y => y.Id != cycle.Id);
        var before = previous is null ? null : Names(involved.Where(a => a.CycleId == previous.Id));
        return new View(
            held, organisations, commitments.Count(c => c.ByCitizens),
            commitments.Count(c => c.Status == ActionStatus.Done), commitments.Count, previous?.YearLabel,
            before is null ? [] : organisations.Except(before, StringComparer.OrdinalIgnoreCase).ToList(),
            before is null ? [] : before.Except(organisations, StringComparer.OrdinalIgnoreCase).ToList(),
            NewPartnerships(thisYear, involved.Where(a => a.CycleId != cycle.Id)));
    }

    /// <summary>An activité of a year and the organisations working on it (porteur and partners, citizens aside), by key.</summary>
    private sealed record Involvement(int CycleId, string Title, IReadOnlyDictionary<string, string> Organisations);

    private async Task<List<Involvement>> InvolvedAsync(List<int> cycleIds, CancellationToken cancellationToken)
    {
        var actions = await db.Actions.AsNoTracking().Where(a => cycleIds.Contains(a.Target!.CycleId))
            .Select(a => new
            {
                a.Target!.CycleId, a.Title, a.LeadPartnerId, Lead = a.LeadPartner != null ? a.LeadPartner.Name : a.LeadOrganisation,
                Partners = a.Commitments.Where(c => !c.ByCitizens)
                    .Select(c => new { c.OrganisationId, Name = c.Organisation != null ? c.Organisation.Name : c.PartnerName }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return actions.Select(a =>
        {
            var named = a.Partners.Select(p => (Id: p.OrganisationId, Name: p.Name)).Prepend((Id: a.LeadPartnerId, Name: a.Lead))
                .Where(o => o.Name.Trim().Length > 0)
                .Select(o => (Key: o.Id is { } id ? "id:" + id : "name:" + o.Name.Trim().ToLowerInvariant(), Name: o.Name.Trim()));
            var byKey = new Dictionary<string, string>();
            foreach (var (key, name) in named) byKey.TryAdd(key, name);
            return new Involvement(a.CycleId, a.Title, byKey);
        }).ToList();
    }

    private static List<string> Names(IEnumerable<Involvement> involved) =>
        involved.SelectMany(a => a.Organisations.Values).Distinct(StringComparer.OrdinalIgnoreCase).Order(NameOrder).ToList();

    /// <summary>Pairs sharing an activité this year that shared none in an earlier year (a carried activité keeps its pairs).</summary>
    private static List<Partnership> NewPartnerships(List<Involvement> thisYear, IEnumerable<Involvement> earlier)
    {
        var known = earlier.SelectMany(Pairs).Select(p => p.Key).ToHashSet();
        return thisYear.SelectMany(a => Pairs(a).Select(p => (p.Key, p.First, p.Second, a.Title)))
            .Where(p => !known.Contains(p.Key))
            .GroupBy(p => p.Key)
            .Select(g => new Partnership(g.First().First, g.First().Second, g.Select(p => p.Title).Distinct().ToList()))
            .OrderBy(p => p.First, NameOrder).ThenBy(p => p.Second, NameOrder).ToList();
    }

    private static IEnumerable<(string Key, string First, string Second)> Pairs(Involvement activity)
    {
        var organisations = activity.Organisations.OrderBy(o => o.Value, NameOrder).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < organisations.Count; i++)
            for (var j = i + 1; j < organisations.Count; j++)
                yield return (organisations[i].Key + "|" + organisations[j].Key, organisations[i].Value, organisations[j].Value);
    }
}
