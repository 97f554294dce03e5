using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>A séance's agenda, attendance (organisations and a head count), minutes, decisions and printable compte-rendu.</summary>
public sealed class SeanceTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task An_organisatrice_records_agenda_minutes_attendance_and_a_decision_linked_to_a_cible_and_the_compte_rendu_prints_them()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var targetId = await factory.WithDbAsync(async db =>
        {
            var target = new ChosenTarget { CycleId = w.Comite.CycleId, Order = 1, Wording = "Briser l'isolement", Neighbourhoods = ["ALL"], DecidedAt = DateTimeOffset.UtcNow };
            db.ChosenTargets.Add(target);
            await db.SaveChangesAsync();
            return target.Id;
        });

        await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Details", ("Input.Agenda", "1. Accueil\n2. Priorités"), ("Input.Minutes", "On a parlé des parcs."));
        var attended = await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Attendance", ("Present", w.LocalId.ToString()), ("CitizenCount", "23"));
        await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Decision", ("Decision.Text", "Retenir la cible."), ("Decision.TargetId", targetId.ToString()));
        var report = await w.Comite.Citizen.Browser().GetAsync(w.SeancePath + "/compte-rendu");

        Assert.Equal(HttpStatusCode.OK, attended.Status);
        var seance = await factory.WithDbAsync(db => db.Seances.Include(s => s.Attendance).Include(s => s.Decisions).SingleAsync(s => s.Id == w.Comite.SeanceId));
        Assert.Equal(("1. Accueil\n2. Priorités", "On a parlé des parcs.", (int?)23), (seance.Agenda, seance.Notes, seance.CitizenCount));
        Assert.Equal([w.LocalId], seance.Attendance.Select(a => a.OrganisationId));
        Assert.Equal(targetId, seance.Decisions.Single().TargetId);
        Assert.Equal(HttpStatusCode.OK, report.Status);
        foreach (var expected in new[] { "Compte rendu", "2. Priorités", "Maison de quartier", "23", "On a parlé des parcs.", "Retenir la cible.", "Briser l'isolement" })
            Assert.Contains(expected, report.Text);
    }

    [Fact]
    public async Task A_seance_and_its_compte_rendu_show_their_day_as_people_write_it()
    {
        var w = await OrganisationWorld.CreateAsync(factory);

        var french = await w.Comite.Organizer.Browser().GetAsync(w.SeancePath);
        var english = await w.Comite.Organizer.Browser().GetAsync(w.SeancePath + "?lang=en");
        var report = await w.Comite.Citizen.Browser().GetAsync(w.SeancePath + "/compte-rendu");

        Assert.Equal(HttpStatusCode.OK, french.Status);
        Assert.Contains("<p>1 octobre 2026 — ", french.Text);
        Assert.Contains("<title>Priorisation — 1 octobre 2026", french.Text);
        Assert.Contains("October 1, 2026", english.Text);
        Assert.Contains(" · 1 octobre 2026 · ", report.Text);
        Assert.DoesNotContain(">2026-10-01", french.Text);
        Assert.DoesNotContain(" · 2026-10-01", report.Text);
    }

    [Fact]
    public async Task An_attendance_on_a_seance_of_another_comite_is_refused_with_the_reason_and_nothing_is_stored()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var path = $"/comite/{w.Comite.ComiteId}/seances/{w.OtherSeanceId}";
        var browser = w.Comite.Organizer.Browser();
        var form = await browser.GetAsync(w.SeancePath);

        var page = await browser.PostWithTokenAsync(path + "?handler=Attendance", form.Token, ("Present", w.LocalId.ToString()), ("CitizenCount", "12"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Séance : « Séance de l'autre comité » est une séance du comité « Autre comité », pas de ce comité. Rien n’a été enregistré.", page.Text);
        Assert.Contains("href=\"#attendance\"", page.Html);
        var other = await factory.WithDbAsync(db => db.Seances.Include(s => s.Attendance).SingleAsync(s => s.Id == w.OtherSeanceId));
        Assert.Empty(other.Attendance);
        Assert.Null(other.CitizenCount);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(path)).Status);
    }

    [Fact]
    public async Task A_negative_head_count_is_refused_and_members_may_not_change_a_seance()
    {
        var w = await OrganisationWorld.CreateAsync(factory);

        var negative = await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Attendance", ("Present", w.LocalId.ToString()), ("CitizenCount", "-3"));
        var member = await ComiteWorld.PostAsync(w.Comite.Citizen, w.SeancePath, "Details", ("Input.Agenda", "Piraté"));

        Assert.Equal(HttpStatusCode.BadRequest, negative.Status);
        Assert.Contains("Citoyennes et citoyens présents : un nombre entier de 0 à", negative.Text);
        Assert.Equal(HttpStatusCode.Forbidden, member.Status);
        var seance = await factory.WithDbAsync(db => db.Seances.Include(s => s.Attendance).SingleAsync(s => s.Id == w.Comite.SeanceId));
        Assert.Empty(seance.Attendance);
        Assert.Equal("", seance.Agenda);
    }

    [Fact]
    public async Task A_decision_about_an_action_of_another_comite_is_refused()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var foreignAction = await factory.WithDbAsync(async db =>
        {
            var otherCycle = await db.ComiteCycles.FirstAsync(c => c.ComiteId == w.OtherComiteId);
            var target = new ChosenTarget { CycleId = otherCycle.Id, Order = 1, Wording = "Ailleurs", Neighbourhoods = ["ALL"], DecidedAt = DateTimeOffset.UtcNow };
            var action = new PlanAction { Target = target, Order = 1, Title = "Action d'ailleurs", StartDate = new DateOnly(2026, 9, 1), DueDate = new DateOnly(2026, 12, 1) };
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

        var page = await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Decision", ("Decision.Text", "Oui"), ("Decision.ActionId", foreignAction.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Action concernée : cette action n’est pas au plan de ce comité.", page.Text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SeanceDecisions.CountAsync(d => d.SeanceId == w.Comite.SeanceId)));
    }
}
