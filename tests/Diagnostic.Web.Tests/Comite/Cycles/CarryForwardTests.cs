using System.Net;
using Diagnostic.Core.Plans;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Cycles;

public sealed class CarryForwardTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    private static string Reprise(int cycleId) => $"/comite/annee/{cycleId}/reprise";

    [Fact]
    public async Task Opening_the_next_year_proposes_the_kept_cible_and_the_unfinished_activites_only()
    {
        var world = await CarryWorld.CreateAsync(factory);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync(Reprise(world.ToCycleId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"id=\"carry-target-{world.KeptId}\"", page.Html);
        Assert.DoesNotContain($"id=\"carry-target-{world.ClosedId}\"", page.Html);
        Assert.Contains($"id=\"carry-action-{world.RunningId}\"", page.Html);
        Assert.Contains($"id=\"carry-action-{world.OrphanId}\"", page.Html);
        Assert.DoesNotContain($"id=\"carry-action-{world.DoneId}\"", page.Html);
        Assert.Contains("1 engagement(s) et 1 entrée(s) du suivi", page.Text);
    }

    [Fact]
    public async Task Confirmed_items_are_copied_into_the_new_year_linked_to_their_originals_with_their_history()
    {
        var world = await CarryWorld.CreateAsync(factory);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().PostAsync(Reprise(world.ToCycleId), world.KeepTargetAndRunning());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith($"/comite/plan/{world.ToCycleId}", page.Path);
        var (copy, original) = await factory.WithDbAsync(async db => (
            await db.ChosenTargets.AsNoTracking().SingleAsync(t => t.CycleId == world.ToCycleId),
            await db.ChosenTargets.AsNoTracking().SingleAsync(t => t.Id == world.KeptId)));
        Assert.Equal(("Briser l'isolement des aînés (suite)", world.KeptId), (copy.Wording, copy.CarriedFromId));
        // The bilan of the new year compares with the collecte that opened the cible, a year earlier.
        Assert.Equal((world.BaselineCollecteId, original.IndicatorId, original.BaselineValue), (copy.IndicatorCollecteId, copy.IndicatorId, copy.BaselineValue));
        var action = await factory.WithDbAsync(db => db.Actions.AsNoTracking().Include(a => a.Commitments).Include(a => a.Progress).Include(a => a.PlanMeans)
            .SingleAsync(a => a.TargetId == copy.Id));
        Assert.Equal((world.RunningId, ActionStatus.InProgress, 1, 1), (action.CarriedFromId!.Value, action.Status, action.Commitments.Count, action.Progress.Count));
        Assert.Equal(("Des lieux de rencontre", 1, 1), (action.PlanMeans!.Wording, action.PlanMeans.Order, action.Order));
        Assert.Equal(2, await factory.WithDbAsync(db => db.ChosenTargets.CountAsync(t => t.CycleId == world.FromCycleId)));
        var again = await organizer.Browser().GetAsync(Reprise(world.ToCycleId));
        Assert.DoesNotContain($"id=\"carry-target-{world.KeptId}\"", again.Html);
        var plan = await organizer.Browser().GetAsync($"/comite/plan/{world.ToCycleId}");
        Assert.Contains("1.1.1 Café-rencontre du jeudi", plan.Text);
        Assert.Contains("Douze personnes au premier café.", plan.Text);
    }

    [Fact]
    public async Task A_carried_activite_brings_its_commitments_and_progress_log_each_row_linked_to_the_one_it_copies()
    {
        var world = await CarryWorld.CreateAsync(factory);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var before = await factory.WithDbAsync(db => db.Actions.AsNoTracking().Include(a => a.Commitments).Include(a => a.Progress)
            .SingleAsync(a => a.Id == world.RunningId));

        await organizer.Browser().PostAsync(Reprise(world.ToCycleId), world.KeepTargetAndRunning());

        var copy = await factory.WithDbAsync(db => db.Actions.AsNoTracking().Include(a => a.Commitments).Include(a => a.Progress)
            .SingleAsync(a => a.CarriedFromId == world.RunningId));
        var original = before.Commitments.Single();
        var carried = Assert.Single(copy.Commitments);
        Assert.Equal((original.Id, original.OrganisationId, "Deux bénévoles"), (carried.CarriedFromId, carried.OrganisationId, carried.People));
        Assert.NotNull(carried.OrganisationId);
        Assert.NotEqual(original.Id, carried.Id);
        var entry = Assert.Single(copy.Progress);
        Assert.Equal((before.Progress.Single().Id, new DateOnly(2026, 11, 3), "Douze personnes au premier café.", "Marc"),
            (entry.CarriedFromId, entry.Date, entry.Text, entry.Author));
        // The closed year keeps its own rows, untouched.
        var after = await factory.WithDbAsync(db => db.Actions.AsNoTracking().Include(a => a.Commitments).Include(a => a.Progress)
            .SingleAsync(a => a.Id == world.RunningId));
        Assert.Equal((original.Id, (int?)null), (after.Commitments.Single().Id, after.Commitments.Single().CarriedFromId));
        Assert.Equal(before.Progress.Single().Id, after.Progress.Single().Id);
    }

    [Fact]
    public async Task An_activite_whose_cible_is_not_carried_is_refused_and_nothing_is_copied()
    {
        var world = await CarryWorld.CreateAsync(factory);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var fields = world.KeepTargetAndRunning().Append(("Actions[1].Keep", "true")).ToArray();

        var page = await organizer.Browser().PostAsync(Reprise(world.ToCycleId), fields);

        Assert.Contains("L'action « Essai de navette » ne peut être reprise que sous sa cible « Navette vers l'épicerie », qui n'est pas reprise", page.Text);
        Assert.Contains("data-field=\"Actions[1].Keep\"", page.Html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ChosenTargets.CountAsync(t => t.CycleId == world.ToCycleId)));
    }

    [Fact]
    public async Task A_cible_whose_indicator_the_new_questionnaire_no_longer_asks_is_refused_unless_carried_without_it()
    {
        var world = await CarryWorld.CreateAsync(factory, indicatorId: "dimension-retiree");
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var refused = await organizer.Browser().PostAsync(Reprise(world.ToCycleId), world.KeepTargetAndRunning());

        Assert.Contains("son indicateur « dimension-retiree » n'existe plus dans le questionnaire de la dernière collecte (« Collecte de suivi — Shawinigan »)", refused.Text);
        Assert.Contains("data-field=\"Targets[0].DropIndicator\"", refused.Html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Actions.CountAsync(a => a.Target!.CycleId == world.ToCycleId)));

        await organizer.Browser().PostAsync(Reprise(world.ToCycleId), world.KeepTargetAndRunning().Append(("Targets[0].DropIndicator", "true")).ToArray());

        var copy = await factory.WithDbAsync(db => db.ChosenTargets.AsNoTracking().SingleAsync(t => t.CycleId == world.ToCycleId));
        Assert.Equal((world.KeptId, (string?)null, (double?)null), (copy.CarriedFromId!.Value, copy.IndicatorId, copy.BaselineValue));
    }

    [Fact]
    public async Task The_carry_page_names_the_cibles_indicator_by_its_title_not_its_code()
    {
        var world = await CarryWorld.CreateAsync(factory, indicatorId: "liens_sociaux");
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync(Reprise(world.ToCycleId));
        var english = await organizer.Browser().GetAsync(Reprise(world.ToCycleId) + "?lang=en");

        Assert.Contains("Indicateur : Les liens entre voisins et l'entraide, valeur de départ", page.Text);
        Assert.Contains("Indicator: Ties between neighbours and mutual aid, baseline", english.Text);
        Assert.DoesNotContain("liens_sociaux", page.Text);
    }

    [Fact]
    public async Task A_cible_whose_indicator_the_new_questionnaire_dropped_is_told_by_the_indicators_title()
    {
        // An older collecte whose questionnaire still had a dimension that the latest collecte's no longer has.
        var olderId = await factory.WithDbAsync(async db =>
        {
            var baseline = await db.Collectes.AsNoTracking().Include(c => c.Snapshot).SingleAsync(c => c.PublicCode == DemoSeeder.CitizenCode);
            var yaml = baseline.Snapshot!.Yaml.Replace("- id: liens_sociaux", "- id: liens_d_autrefois");
            var snapshot = new QuestionnaireSnapshot
            {
                QuestionnaireId = baseline.Snapshot.QuestionnaireId, Version = baseline.Snapshot.Version, Audience = baseline.Snapshot.Audience,
                Hash = QuestionnaireSnapshots.HashOf(yaml), Yaml = yaml,
            };
            var older = db.Collectes.Add(new Collecte
            {
                PublicCode = "autrefois-" + Guid.NewGuid().ToString("N")[..8], Name = "Collecte d'autrefois", TerritoryId = baseline.TerritoryId,
                Snapshot = snapshot, Audience = baseline.Audience, OpensAt = baseline.OpensAt!.Value.AddYears(-1),
            }).Entity;
            await db.SaveChangesAsync();
            return older.Id;
        });
        var world = await CarryWorld.CreateAsync(factory, indicatorId: "liens_d_autrefois", baselineCollecteId: olderId);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync(Reprise(world.ToCycleId));

        Assert.Contains("son indicateur « Les liens entre voisins et l'entraide » n'existe plus dans le questionnaire de la dernière collecte", page.Text);
        Assert.Contains("Indicateur : Les liens entre voisins et l'entraide, valeur de départ", page.Text);
        Assert.DoesNotContain("liens_d_autrefois", page.Text);
    }

    [Fact]
    public async Task A_closed_year_takes_nothing_carried_and_a_member_may_read_but_not_confirm()
    {
        var closed = await CarryWorld.CreateAsync(factory, closeNextYear: true);
        var open = await CarryWorld.CreateAsync(factory);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var member = await factory.SignInAsAsync(Roles.Committee);
        await factory.WithDbAsync(async db =>
        {
            var comiteId = await db.ComiteCycles.Where(c => c.Id == open.ToCycleId).Select(c => c.ComiteId).SingleAsync();
            var type = await db.ComiteVoterTypes.FirstAsync();
            db.ComiteMembers.Add(new Data.Entities.ComiteMember { ComiteId = comiteId, UserId = member.UserId, DisplayName = "Membre", VoterTypeId = type.Id });
            return await db.SaveChangesAsync();
        });

        var intoClosed = await organizer.Browser().PostAsync(Reprise(closed.ToCycleId), closed.KeepTargetAndRunning());
        var byMember = await member.Browser().PostAsync(Reprise(open.ToCycleId), open.KeepTargetAndRunning());

        Assert.Equal(HttpStatusCode.Conflict, intoClosed.Status);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.Status);
        Assert.Equal(HttpStatusCode.OK, (await member.Browser().GetAsync(Reprise(open.ToCycleId))).Status);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ChosenTargets.CountAsync(t => t.CycleId == closed.ToCycleId || t.CycleId == open.ToCycleId)));
    }
}
