using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Plan;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Bilan;

/// <summary>
/// The bilan of a comité year: each target with its actions and review, and where the target names an
/// indicator, its change between the baseline collecte and a later one, computed by ChangeBuilder (the
/// same code path as the `change` command) over portraits from PortraitBuilder. For citizens
/// (<c>publicOnly</c>) only collectes whose portrait is public count: a baseline, a later collecte or a point of the
/// trend from a portrait anyone may not read is left out, so the public summary gives back no figure its portrait
/// does not show.
/// </summary>
public sealed class BilanReader(DiagnosticDbContext db, PlanReader plans, CollectePortraits portraits)
{
    private readonly Dictionary<int, CollectePortraits.Loaded> computed = [];

    public async Task<BilanView> ReadAsync(ComiteCycle cycle, int? afterCollecteId, CancellationToken cancellationToken, bool publicOnly = false)
    {
        var plan = await plans.ReadAsync(cycle.Id, cancellationToken);
        var ids = plan.Select(p => p.Target.Id).ToList();
        var reviews = await db.TargetReviews.AsNoTracking().Where(r => ids.Contains(r.TargetId)).ToDictionaryAsync(r => r.TargetId, cancellationToken);
        // The collectes a cible may be measured on, as the candidates offer them: the comité's territory and its
        // communities (a regional comité's cible may come from one town's collecte).
        var territoryId = cycle.Comite!.TerritoryId;
        var collectes = await db.Collectes.AsNoTracking().Include(s => s.Snapshot)
            .Where(s => (s.TerritoryId == territoryId || s.Territory!.ParentId == territoryId) && (!publicOnly || s.PortraitPublic))
            .ToListAsync(cancellationToken);
        // SQLite cannot order by DateTimeOffset; a territory has few collectes.
        collectes = collectes.OrderBy(s => s.OpensAt).ThenBy(s => s.Id).ToList();
        var targets = new List<TargetBilan>();
        foreach (var item in plan)
        {
            reviews.TryGetValue(item.Target.Id, out var review);
            targets.Add(await TargetAsync(item, review, collectes, afterCollecteId ?? review?.AfterCollecteId, cancellationToken));
        }
        return new BilanView(cycle, targets, collectes);
    }

    private async Task<TargetBilan> TargetAsync(
        PlanTarget item, TargetReview? review, IReadOnlyList<Collecte> collectes, int? afterCollecteId, CancellationToken cancellationToken)
    {
        var target = item.Target;
        if (target.IndicatorCollecteId is not { } baselineId || target.IndicatorLevel is not { } level
            || target.IndicatorId is null || target.IndicatorAudience is not { } audience)
            return new TargetBilan(item, review, null, null, null, null);
        var baseline = collectes.FirstOrDefault(s => s.Id == baselineId);
        var after = afterCollecteId is { } chosen ? collectes.FirstOrDefault(s => s.Id == chosen) : Later(baseline, collectes);
        var trend = await TrendAsync(target, baseline, collectes, cancellationToken);
        var name = baseline is null ? null
            : IndicatorWords.Name((await PortraitAsync(baseline.Id, cancellationToken)).Questionnaire, level, target.IndicatorId, Localization.Languages.Current);
        if (baseline is null || after is null || after.Id == baseline.Id)
            return new TargetBilan(item, review, null, null, after, trend, name);
        var before = await PortraitAsync(baseline.Id, cancellationToken);
        var later = await PortraitAsync(after.Id, cancellationToken);
        var report = ChangeBuilder.Build(before.Questionnaire, before.Portrait, later.Questionnaire, later.Portrait);
        var neighbourhood = target.IndicatorNeighbourhood ?? PortraitRow.AllNeighbourhoods;
        var row = report.Rows.FirstOrDefault(r => r.Audience == audience && r.Neighbourhood == neighbourhood && r.Level == level && r.Id == target.IndicatorId);
        return new TargetBilan(item, review, row, report.RefusalKind, after, trend, name)
        {
            MinCell = Math.Max(before.Portrait.MinCell, later.Portrait.MinCell),
        };
    }

    /// <summary>The latest collecte after the baseline on the same questionnaire and audience.</summary>
    private static Collecte? Later(Collecte? baseline, IReadOnlyList<Collecte> collectes) =>
        baseline is null ? null
        : collectes.LastOrDefault(s => s.Id != baseline.Id && SameSeries(baseline, s) && (s.OpensAt ?? DateTimeOffset.MaxValue) > (baseline.OpensAt ?? DateTimeOffset.MinValue));

    /// <summary>Comparable collectes: the same population (territory), audience and questionnaire.</summary>
    private static bool SameSeries(Collecte a, Collecte b) =>
        a.TerritoryId == b.TerritoryId && a.Audience == b.Audience && a.Snapshot!.QuestionnaireId == b.Snapshot!.QuestionnaireId;

    private async Task<IndicatorTrendChart?> TrendAsync(
        ChosenTarget target, Collecte? baseline, IReadOnlyList<Collecte> collectes, CancellationToken cancellationToken)
    {
        if (baseline is null)
            return null;
        var series = new List<(string, Portrait)>();
        foreach (var collecte in collectes.Where(s => SameSeries(baseline, s)))
            series.Add((collecte.Name, (await PortraitAsync(collecte.Id, cancellationToken)).Portrait));
        var questionnaire = (await PortraitAsync(baseline.Id, cancellationToken)).Questionnaire;
        var level = target.IndicatorLevel!.Value;
        var neighbourhood = target.IndicatorNeighbourhood ?? PortraitRow.AllNeighbourhoods;
        var language = Localization.Languages.Current;
        return IndicatorTrendChart.FromPortraits(
            IndicatorWords.Name(questionnaire, level, target.IndicatorId!, language), await PlaceNameAsync(baseline, neighbourhood, cancellationToken),
            series, target.IndicatorAudience!.Value, neighbourhood, level, target.IndicatorId!, Scale(questionnaire, level, target.IndicatorId!),
            IndicatorTrendChartLanguage.For(System.Globalization.CultureInfo.CurrentUICulture));
    }

    private static IndicatorTrendScale Scale(Questionnaire questionnaire, FigureLevel level, string id) => level switch
    {
        FigureLevel.Choice => IndicatorTrendScale.Share,
        FigureLevel.Question => questionnaire.Questions.FirstOrDefault(q => q.Id == id)?.Scale is { } scale
            ? IndicatorTrendScale.Mean(scale.Lowest, scale.Highest)
            : IndicatorTrendScale.Mean(1, 5),
        _ => IndicatorTrendScale.Score,
    };

    private async Task<string> PlaceNameAsync(Collecte baseline, string neighbourhood, CancellationToken cancellationToken)
    {
        var territoryId = baseline.TerritoryId;
        var name = neighbourhood == PortraitRow.AllNeighbourhoods
            ? await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
            : await db.Territories.Where(t => t.ParentId == territoryId && t.Code == neighbourhood).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        return name ?? neighbourhood;
    }

    private async Task<CollectePortraits.Loaded> PortraitAsync(int collecteId, CancellationToken cancellationToken)
    {
        if (!computed.TryGetValue(collecteId, out var portrait))
            computed[collecteId] = portrait = await portraits.LoadAsync(collecteId, cancellationToken)
                ?? throw new InvalidOperationException($"collecte {collecteId} has no questionnaire snapshot");
        return portrait;
    }
}

public sealed record BilanView(ComiteCycle Cycle, IReadOnlyList<TargetBilan> Targets, IReadOnlyList<Collecte> Collectes);

/// <summary>
/// A target's bilan; <see cref="Change"/> is null when there is no indicator, no later collecte, or a refusal.
/// <see cref="IndicatorName"/> is the indicator's title in the questionnaire, never its code.
/// </summary>
public sealed record TargetBilan(
    PlanTarget Plan, TargetReview? Review, ChangeRow? Change, ChangeRefusal? Refusal, Collecte? After, IndicatorTrendChart? Trend,
    string? IndicatorName = null)
{
    /// <summary>The smallest number of answers the compared portraits publish (Analysis:MinCell when they were computed).</summary>
    public int MinCell { get; init; }
}
