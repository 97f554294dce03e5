using Diagnostic.Core.Analysis;
using Diagnostic.Core.Plans;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Region;

/// <summary>
/// Concertations nest from local to regional: for each territory under a regional one that has a comité,
/// its latest year's targets, how its actions stand, and its latest citizen collecte's dimension scores.
/// </summary>
public sealed class RegionReader(DiagnosticDbContext db, PlanReader plans, CollectePortraits portraits)
{
    public async Task<IReadOnlyList<LocalColumn>> ReadAsync(Territory region, CancellationToken cancellationToken)
    {
        var territories = await db.Territories.AsNoTracking().ToListAsync(cancellationToken);
        var below = Descendants(region.Id, territories).Select(t => t.Id).ToHashSet();
        var comites = await db.Comites.AsNoTracking().Include(c => c.Territory).Include(c => c.Cycles)
            .Where(c => below.Contains(c.TerritoryId)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var columns = new List<LocalColumn>();
        foreach (var comite in comites)
            columns.Add(await ColumnAsync(comite, cancellationToken));
        return columns;
    }

    private async Task<LocalColumn> ColumnAsync(Data.Entities.Comite comite, CancellationToken cancellationToken)
    {
        var cycle = comite.Cycles.OrderByDescending(c => c.YearLabel).FirstOrDefault();
        var plan = cycle is null ? [] : await plans.ReadAsync(cycle.Id, cancellationToken);
        var statuses = plan.SelectMany(t => t.Actions).GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        var collecte = (await db.Collectes.AsNoTracking().Where(s => s.TerritoryId == comite.TerritoryId && s.Audience == Audience.Citizen)
            .ToListAsync(cancellationToken)).OrderByDescending(s => s.OpensAt).ThenByDescending(s => s.Id).FirstOrDefault();
        IReadOnlyList<(string Dimension, PortraitRow Row)> scores = [];
        var minCell = 0;
        if (collecte is not null)
        {
            var computed = await portraits.LoadAsync(collecte.Id, cancellationToken)
                ?? throw new InvalidOperationException($"collecte {collecte.Id} has no questionnaire snapshot");
            scores = computed.Questionnaire.Dimensions
                .Select(d => (Title: d.Title.In(Diagnostic.Web.Localization.Languages.Current), Row: computed.Portrait.Find(Audience.Citizen, PortraitRow.AllNeighbourhoods, FigureLevel.Dimension, d.Id)))
                .Where(x => x.Row is not null).Select(x => (x.Title, x.Row!)).ToList();
            minCell = computed.Portrait.MinCell;
        }
        return new LocalColumn(comite, cycle, plan.Select(t => t.Target.Wording).ToList(), statuses, collecte, scores) { MinCell = minCell };
    }

    private static IEnumerable<Territory> Descendants(int id, IReadOnlyList<Territory> all) =>
        all.Where(t => t.ParentId == id).SelectMany(t => Descendants(t.Id, all).Prepend(t));
}

/// <summary>One local comité as the regional view shows it.</summary>
public sealed record LocalColumn(
    Data.Entities.Comite Comite, ComiteCycle? Cycle, IReadOnlyList<string> Targets, IReadOnlyDictionary<ActionStatus, int> Statuses,
    Collecte? Collecte, IReadOnlyList<(string Dimension, PortraitRow Row)> Scores)
{
    /// <summary>The smallest number of answers the collecte's portrait publishes (Analysis:MinCell when it was computed).</summary>
    public int MinCell { get; init; }
}
