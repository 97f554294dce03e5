using Diagnostic.Core.Plans;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Cycles;

/// <summary>
/// A comité of its own on the demo territory, so each test carries forward without the others: a closed year
/// 2026-2027 with a cible kept by the bilan (the demo's first indicator and baseline), a cible closed, a done activité,
/// a running one (with a commitment and a log entry) and one under the closed cible; then an open year 2027-2028.
/// </summary>
internal sealed record CarryWorld(int FromCycleId, int ToCycleId, int KeptId, int ClosedId, int DoneId, int RunningId, int OrphanId, int BaselineCollecteId)
{
    public static Task<CarryWorld> CreateAsync(
        DiagnosticWebFactory factory, string? indicatorId = null, bool closeNextYear = false, int? baselineCollecteId = null) => factory.WithDbAsync(async db =>
    {
        var demo = await db.ChosenTargets.AsNoTracking().Include(t => t.Cycle!).ThenInclude(c => c.Comite).OrderBy(t => t.Id).FirstAsync();
        var comite = new Data.Entities.Comite { TerritoryId = demo.Cycle!.Comite!.TerritoryId, Name = "Comité " + Guid.NewGuid().ToString("N")[..8] };
        // Written while open, then closed, as a comité does: the database refuses rows added to a closed year.
        var from = new ComiteCycle { Comite = comite, YearLabel = "2026-2027" };
        var to = new ComiteCycle { Comite = comite, YearLabel = "2027-2028" };
        var kept = new ChosenTarget
        {
            Cycle = from, Order = 1, Wording = "Briser l'isolement des aînés", Neighbourhoods = ["ALL"], IndicatorCollecteId = baselineCollecteId ?? demo.IndicatorCollecteId,
            IndicatorAudience = demo.IndicatorAudience, IndicatorLevel = demo.IndicatorLevel, IndicatorId = indicatorId ?? demo.IndicatorId,
            IndicatorNeighbourhood = demo.IndicatorNeighbourhood, BaselineValue = demo.BaselineValue, BaselineN = demo.BaselineN, Horizon = "2026-2027",
        };
        var closed = new ChosenTarget { Cycle = from, Order = 2, Wording = "Navette vers l'épicerie", Neighbourhoods = ["ALL"] };
        var means = new PlanMeans { Target = kept, Order = 1, Wording = "Des lieux de rencontre", StartDate = new(2026, 9, 1), DueDate = new(2027, 8, 31) };
        var done = Activity(kept, means, 1, "Fête de quartier", ActionStatus.Done);
        var running = Activity(kept, means, 2, "Café-rencontre du jeudi", ActionStatus.InProgress);
        var partner = await db.PartnerOrganisations.Where(o => o.Name == "Centre d'action bénévole").Select(o => (int?)o.Id).FirstOrDefaultAsync();
        running.Commitments.Add(new ActionCommitment { PartnerName = "Centre d'action bénévole", OrganisationId = partner, People = "Deux bénévoles" });
        running.Progress.Add(new ActionProgress { Date = new(2026, 11, 3), Text = "Douze personnes au premier café.", Author = "Marc" });
        var orphanMeans = new PlanMeans { Target = closed, Order = 1, Wording = "Transport", StartDate = new(2026, 9, 1), DueDate = new(2027, 8, 31) };
        var orphan = Activity(closed, orphanMeans, 1, "Essai de navette", ActionStatus.Upcoming);
        db.AddRange(comite, from, to, kept, closed, means, orphanMeans, done, running, orphan);
        db.TargetReviews.Add(new TargetReview { Target = kept, Decision = TargetDecision.Keep });
        db.TargetReviews.Add(new TargetReview { Target = closed, Decision = TargetDecision.Close });
        await db.SaveChangesAsync();
        var closing = closeNextYear ? new[] { from.Id, to.Id } : [from.Id];
        await db.ComiteCycles.Where(c => closing.Contains(c.Id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ComiteCycleStatus.Closed));
        return new CarryWorld(from.Id, to.Id, kept.Id, closed.Id, done.Id, running.Id, orphan.Id, kept.IndicatorCollecteId!.Value);
    });

    private static PlanAction Activity(ChosenTarget target, PlanMeans means, int order, string title, ActionStatus status) => new()
    {
        Target = target, PlanMeans = means, Order = order, Title = title, Status = status, LeadOrganisation = "Centre d'action bénévole",
        StartDate = new(2026, 10, 1), DueDate = new(2027, 5, 31), PeriodLabel = "2026-10-01 au 2027-05-31",
    };

    /// <summary>The form fields that keep the cible and the running activité, with an edited wording.</summary>
    public (string, string)[] KeepTargetAndRunning(string wording = "Briser l'isolement des aînés (suite)") =>
    [
        ("Targets[0].FromId", KeptId.ToString()), ("Targets[0].Keep", "true"), ("Targets[0].Wording", wording),
        ("Actions[0].FromId", RunningId.ToString()), ("Actions[0].Keep", "true"), ("Actions[0].Title", "Café-rencontre du jeudi"),
        ("Actions[1].FromId", OrphanId.ToString()), ("Actions[1].Title", "Essai de navette"),
    ];
}
