using System.Net;
using Diagnostic.Core.Plans;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Plan;

/// <summary>The plan in the field's shape: objectif → moyens → activités, fuzzy periods, the support rule, adoption.</summary>
public sealed class PlanShapeTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    /// <summary>A cible of its own in the demo year, so numbers under it do not depend on the other tests.</summary>
    private Task<ChosenTarget> NewTargetAsync(int cycleId) => factory.WithDbAsync(async db =>
    {
        var order = await db.ChosenTargets.Where(t => t.CycleId == cycleId).MaxAsync(t => t.Order) + 1;
        var target = db.ChosenTargets.Add(new ChosenTarget { CycleId = cycleId, Order = order, Wording = "Cible " + order }).Entity;
        await db.SaveChangesAsync();
        return target;
    });

    private async Task<(SignedInClient Organizer, int CycleId, ChosenTarget Target, PlanMeans Means)> AutumnMeansAsync()
    {
        var cycle = await factory.CycleAsync();
        var target = await NewTargetAsync(cycle.Id);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/moyen?targetId={target.Id}",
            ("Input.TargetId", target.Id.ToString()), ("Input.Wording", "Des rencontres de voisinage"), ("Input.PeriodLabel", "automne 2027"));
        var means = await factory.WithDbAsync(db => db.PlanMeans.AsNoTracking().SingleAsync(m => m.TargetId == target.Id));
        return (organizer, cycle.Id, target, means);
    }

    private static (string, string)[] Activity(PlanMeans means, string title, string period, params (string, string)[] more) =>
    [
        ("Input.PlanMeansId", means.Id.ToString()), ("Input.Title", title), ("Input.PeriodLabel", period),
        ("Input.Status", nameof(ActionStatus.Upcoming)), .. more,
    ];

    private Task<int> ActivitiesUnderAsync(PlanMeans means) => factory.WithDbAsync(db => db.Actions.CountAsync(a => a.PlanMeansId == means.Id));

    [Fact]
    public async Task A_moyen_dated_by_season_numbers_its_activites_and_the_plan_shows_them_with_their_periods()
    {
        var (organizer, cycleId, target, means) = await AutumnMeansAsync();

        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(means, "Porte-à-porte", "octobre 2027"));
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(means, "Fête de ruelle", "2027-09-18"));

        Assert.Equal((new DateOnly(2027, 9, 1), new DateOnly(2027, 11, 30), 1), (means.StartDate, means.DueDate, means.Order));
        var actions = await factory.WithDbAsync(db => db.Actions.AsNoTracking().Where(a => a.PlanMeansId == means.Id).OrderBy(a => a.Order).ToListAsync());
        Assert.Equal(["Porte-à-porte", "Fête de ruelle"], actions.Select(a => a.Title));
        Assert.Equal((new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 31), "octobre 2027"), (actions[0].StartDate, actions[0].DueDate, actions[0].PeriodLabel));
        var plan = await organizer.Browser().GetAsync($"/comite/plan/{cycleId}");
        Assert.Contains($"<span class=\"number\">{target.Order}.1</span> Des rencontres de voisinage <small>(1 septembre 2027 → 30 novembre 2027 (automne 2027))</small>", plan.Text);
        Assert.Contains($"{target.Order}.1.1 Porte-à-porte", plan.Text);
        Assert.Contains($"{target.Order}.1.2 Fête de ruelle", plan.Text);
    }

    [Fact]
    public async Task An_activite_moved_to_a_moyen_of_another_cible_shows_under_that_cible()
    {
        var (organizer, cycleId, _, firstMeans) = await AutumnMeansAsync();
        var second = await NewTargetAsync(cycleId);
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/moyen?targetId={second.Id}",
            ("Input.TargetId", second.Id.ToString()), ("Input.Wording", "Un journal de quartier"), ("Input.PeriodLabel", "automne 2027"));
        var secondMeans = await factory.WithDbAsync(db => db.PlanMeans.AsNoTracking().SingleAsync(m => m.TargetId == second.Id));
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(firstMeans, "Porte-à-porte", "octobre 2027"));
        var action = await factory.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.PlanMeansId == firstMeans.Id));

        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action/{action.Id}", Activity(secondMeans, "Porte-à-porte", "octobre 2027"));

        var moved = await factory.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id));
        Assert.Equal((second.Id, (int?)secondMeans.Id), (moved.TargetId, moved.PlanMeansId));
        var plan = await organizer.Browser().GetAsync($"/comite/plan/{cycleId}");
        var underSecond = System.Text.RegularExpressions.Regex.Match(plan.Html, $"<section class=\"means\" id=\"moyen-{secondMeans.Id}\">.*?</section>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains($"id=\"action-{action.Id}\"", underSecond);
        Assert.Contains($"<span class=\"number\">{second.Order}.1.1</span> Porte-à-porte", plan.Text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(plan.Html, $"id=\"action-{action.Id}\""));
    }

    [Fact]
    public async Task An_activite_outside_its_moyens_period_is_refused_and_nothing_is_stored()
    {
        var (organizer, cycleId, target, means) = await AutumnMeansAsync();

        var page = await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(means, "Patinoire", "hiver 2028"));

        Assert.Contains($"La période de l'activité (1 décembre 2027 → 29 février 2028 (hiver 2028)) dépasse celle du moyen {target.Order}.1 (1 septembre 2027 → 30 novembre 2027 (automne 2027))", page.Text);
        Assert.Equal(0, await ActivitiesUnderAsync(means));
    }

    [Fact]
    public async Task A_number_that_leaves_a_gap_is_refused_for_an_activite_and_for_a_moyen()
    {
        var (organizer, cycleId, target, means) = await AutumnMeansAsync();

        var activity = await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(means, "Porte-à-porte", "octobre 2027", ("Input.Order", "3")));
        var moyen = await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/moyen",
            ("Input.TargetId", target.Id.ToString()), ("Input.Wording", "Un journal de quartier"), ("Input.PeriodLabel", "printemps 2028"), ("Input.Order", "4"));

        var n = target.Order;
        Assert.Contains($"Le numéro {n}.1.3 laisserait un trou sous {n}.1 : choisissez au plus {n}.1.1.", activity.Text);
        Assert.Contains($"Le numéro {n}.4 laisserait un trou sous l'objectif {n} : choisissez au plus {n}.2.", moyen.Text);
        Assert.Equal(0, await ActivitiesUnderAsync(means));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PlanMeans.CountAsync(m => m.TargetId == target.Id)));
    }

    [Fact]
    public async Task Words_that_name_no_period_are_refused_with_examples()
    {
        var (organizer, cycleId, _, means) = await AutumnMeansAsync();

        var page = await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(means, "Porte-à-porte", "bientôt"));

        Assert.Contains("« bientôt » n'est pas une période : écrivez une saison (automne 2027), un mois (octobre 2027) ou des dates", page.Text);
        Assert.Equal(0, await ActivitiesUnderAsync(means));
    }

    [Fact]
    public async Task An_action_requiring_citizens_starts_only_once_citizens_have_committed()
    {
        var (organizer, cycleId, _, means) = await AutumnMeansAsync();
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(means, "Corvée de nettoyage", "octobre 2027", ("Input.RequiresCitizens", "true")));
        var action = await factory.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.PlanMeansId == means.Id));
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action/{action.Id}?handler=Commitment",
            ("Commitment.PartnerName", "Ville de Shawinigan"), ("Commitment.Space", "Gants et sacs"));
        (string, string)[] start = [.. Activity(means, "Corvée de nettoyage", "octobre 2027", ("Input.RequiresCitizens", "true")).Where(f => f.Item1 != "Input.Status"),
            ("Input.Status", nameof(ActionStatus.InProgress))];

        var refused = await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action/{action.Id}", start);
        var statusAfterRefusal = await factory.WithDbAsync(db => db.Actions.Where(a => a.Id == action.Id).Select(a => a.Status).SingleAsync());
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action/{action.Id}?handler=Commitment",
            ("Commitment.PartnerName", "Comité de résidents"), ("Commitment.People", "Huit résidentes et résidents"), ("Commitment.ByCitizens", "true"));
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action/{action.Id}", start);

        Assert.Contains("Le comité exige la participation citoyenne pour cette action : elle ne peut pas débuter tant que des citoyennes ou des citoyens ne s'y sont pas engagés.", refused.Text);
        Assert.Equal(ActionStatus.Upcoming, statusAfterRefusal);
        Assert.Equal(ActionStatus.InProgress, await factory.WithDbAsync(db => db.Actions.Where(a => a.Id == action.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_plan_adopted_at_a_seance_keeps_each_version_as_it_stood()
    {
        var (organizer, cycleId, target, means) = await AutumnMeansAsync();
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action", Activity(means, "Porte-à-porte", "octobre 2027"));
        var seanceId = await factory.WithDbAsync(async db =>
        {
            var seance = db.Seances.Add(new Seance { CycleId = cycleId, Date = new(2027, 8, 26), Kind = SeanceKind.Comite, Title = "Adoption du plan" }).Entity;
            await db.SaveChangesAsync();
            return seance.Id;
        });
        var before = await factory.WithDbAsync(db => db.PlanAdoptions.CountAsync(a => a.CycleId == cycleId));

        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}?handler=Adopt", ("SeanceId", seanceId.ToString()));
        var action = await factory.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.PlanMeansId == means.Id));
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}/action/{action.Id}", Activity(means, "Porte-à-porte et affiches", "octobre 2027"));
        await organizer.Browser().PostAsync($"/comite/plan/{cycleId}?handler=Adopt", ("SeanceId", seanceId.ToString()));

        var versions = await factory.WithDbAsync(db => db.PlanAdoptions.AsNoTracking().Where(a => a.CycleId == cycleId).OrderBy(a => a.Version).ToListAsync());
        Assert.Equal([before + 1, before + 2], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal((new DateOnly(2027, 8, 26), seanceId), (v.AdoptedOn, v.SeanceId)));
        var first = await organizer.Browser().GetAsync($"/comite/plan/{cycleId}/version/{before + 1}");
        var second = await organizer.Browser().GetAsync($"/comite/plan/{cycleId}/version/{before + 2}");
        Assert.Contains("adoptée le 26 août 2027 (Adoption du plan)", first.Text);
        Assert.Contains($"{target.Order}.1.1", first.Text);
        Assert.Contains("Porte-à-porte", first.Text);
        Assert.DoesNotContain("Porte-à-porte et affiches", first.Text);
        Assert.Contains("Porte-à-porte et affiches", second.Text);
    }

    [Fact]
    public async Task Adopting_at_a_seance_of_another_year_is_refused_and_a_member_may_not_record_an_adoption()
    {
        var (organizer, cycleId, _, _) = await AutumnMeansAsync();
        var elsewhere = await factory.WithDbAsync(async db =>
        {
            var other = db.ComiteCycles.Add(new ComiteCycle { ComiteId = (await db.ComiteCycles.FindAsync(cycleId))!.ComiteId, YearLabel = "2030-2031" }).Entity;
            var seance = db.Seances.Add(new Seance { Cycle = other, Date = new(2030, 10, 1), Kind = SeanceKind.Comite, Title = "Ailleurs" }).Entity;
            await db.SaveChangesAsync();
            return seance.Id;
        });
        var member = await factory.SignInAsAsync(Roles.Committee);
        await factory.JoinComiteAsync(member.UserId);
        var before = await factory.WithDbAsync(db => db.PlanAdoptions.CountAsync());

        var refused = await organizer.Browser().PostAsync($"/comite/plan/{cycleId}?handler=Adopt", ("SeanceId", elsewhere.ToString()));
        var byMember = await member.Browser().PostAsync($"/comite/plan/{cycleId}?handler=Adopt", ("SeanceId", elsewhere.ToString()));

        Assert.Contains("Choisissez une séance de cette année.", refused.Text);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.Status);
        Assert.Equal(before, await factory.WithDbAsync(db => db.PlanAdoptions.CountAsync()));
    }
}
