using System.Globalization;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// Seat changes and what a séance records are audited like the other staff actions: who, which comité or séance, ids,
/// dates and counts; never a person's name, the agenda, the minutes nor a decision's words.
/// </summary>
public sealed class ConcertationAuditTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task Adding_and_ending_a_seat_are_audited_without_the_persons_name()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var type = await factory.WithDbAsync(db => db.ComiteVoterTypes.Where(t => t.ComiteId == w.Comite.ComiteId && t.Code == "communautaire")
            .Select(t => t.Id.ToString()).SingleAsync());
        var path = $"/comite/{w.Comite.ComiteId}/membres";

        await ComiteWorld.PostAsync(w.Comite.Organizer, path, "Add", ("Seat.Person", "Jeanne Audit"),
            ("Seat.OrganisationId", w.LocalId.ToString()), ("Seat.VoterTypeId", type), ("Seat.Start", "2019-09-01"));
        var seat = await factory.WithDbAsync(db => db.ComiteMembers.Where(m => m.DisplayName == "Jeanne Audit").Select(m => m.Id).SingleAsync());
        var browser = w.Comite.Organizer.Browser();
        var form = await browser.GetAsync(path);
        await browser.PostWithTokenAsync(path + "?handler=End&seatId=" + seat, form.Token, ("EndDate", "2024-06-30"));
        // A refused seat (dates reversed) stores nothing and audits nothing.
        await ComiteWorld.PostAsync(w.Comite.Organizer, path, "Add", ("Seat.Person", "Jeanne Audit"), ("Seat.VoterTypeId", type),
            ("Seat.Start", "2025-09-01"), ("Seat.End", "2025-01-01"));

        var comite = w.Comite.ComiteId.ToString(CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.TargetType == "comite" && e.TargetId == comite).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [
                (AuditActions.ComiteSeatAdded, $"seat={seat};organisation={w.LocalId};account=no;from=2019-09-01;to="),
                (AuditActions.ComiteSeatEnded, $"seat={seat};to=2024-06-30"),
            ],
            entries.Select(e => (e.Action, e.Details)));
        Assert.All(entries, e => Assert.Equal(w.Comite.Organizer.UserId, e.ActorUserId));
        Assert.All(entries, e => Assert.DoesNotContain("Jeanne", e.Details));
    }

    [Fact]
    public async Task A_seances_creation_agenda_minutes_attendance_and_decisions_are_audited_without_their_words()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var targetId = await factory.WithDbAsync(async db =>
        {
            var target = new ChosenTarget { CycleId = w.Comite.CycleId, Order = 1, Wording = "Sécurité", Neighbourhoods = ["ALL"] };
            db.ChosenTargets.Add(target);
            await db.SaveChangesAsync();
            return target.Id;
        });

        await ComiteWorld.PostAsync(w.Comite.Organizer, $"/comite/annee/{w.Comite.CycleId}", "Seance",
            ("SeanceDate", "2027-01-20"), ("SeanceKind", "Forum"), ("SeanceTitle", "Forum d'hiver"));
        await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Details", ("Input.Agenda", "1. Accueil secret"), ("Input.Minutes", "Procès-verbal secret"));
        await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Attendance", ("Present", w.LocalId.ToString()), ("CitizenCount", "23"));
        await ComiteWorld.PostAsync(w.Comite.Organizer, w.SeancePath, "Decision", ("Decision.Text", "Décision secrète"), ("Decision.TargetId", targetId.ToString()));
        // Refused: another comité's séance; nothing stored, nothing audited.
        await ComiteWorld.PostAsync(w.Comite.Organizer, $"/comite/{w.Comite.ComiteId}/seances/{w.OtherSeanceId}", "Attendance", ("Present", w.LocalId.ToString()));

        var created = await factory.WithDbAsync(db => db.Seances.Where(s => s.Title == "Forum d'hiver" && s.CycleId == w.Comite.CycleId).Select(s => s.Id).SingleAsync());
        var decision = await factory.WithDbAsync(db => db.SeanceDecisions.Where(d => d.SeanceId == w.Comite.SeanceId).Select(d => d.Id).SingleAsync());
        var ids = new[] { created, w.Comite.SeanceId, w.OtherSeanceId }.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.TargetType == "seance" && ids.Contains(e.TargetId!)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [
                (AuditActions.SeanceCreated, created, $"cycle={w.Comite.CycleId};kind=forum;date=2027-01-20"),
                (AuditActions.SeanceDetailsSaved, w.Comite.SeanceId, "agenda-changed=yes;minutes-changed=yes;citizens=none"),
                (AuditActions.SeanceAttendanceSaved, w.Comite.SeanceId, "organisations=1;citizens=23"),
                (AuditActions.SeanceDecisionAdded, w.Comite.SeanceId, $"decision={decision};target={targetId};action=none"),
            ],
            entries.Select(e => (e.Action, int.Parse(e.TargetId!, CultureInfo.InvariantCulture), e.Details)));
        Assert.All(entries, e => Assert.DoesNotContain("secr", e.Details));
        Assert.All(new[] { AuditActions.SeanceCreated, AuditActions.ComiteSeatAdded, AuditActions.ForumGrouped, AuditActions.ComiteEdited },
            a => Assert.Contains(a, AuditActions.All));
    }
}
