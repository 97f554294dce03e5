using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>Seats on a comité: dated, for an organisation of the directory, never overlapping for one person; removal ends the seat.</summary>
public sealed class SeatTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task An_organisatrice_adds_a_dated_seat_for_an_organisation_of_the_directory()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var type = await TypeAsync(w, "communautaire");

        var page = await ComiteWorld.PostAsync(w.Comite.Organizer, MembersPath(w), "Add", ("Seat.Person", "Jeanne Roy"),
            ("Seat.OrganisationId", w.LocalId.ToString()), ("Seat.VoterTypeId", type), ("Seat.Start", "2019-09-01"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Jeanne Roy", page.Text);
        Assert.Contains("1 septembre 2019", page.Text);
        Assert.DoesNotContain(">2019-09-01<", page.Html);
        var seat = await factory.WithDbAsync(db => db.ComiteMembers.SingleAsync(m => m.ComiteId == w.Comite.ComiteId && m.DisplayName == "Jeanne Roy"));
        Assert.Equal((w.LocalId, new DateOnly(2019, 9, 1), (DateOnly?)null, (string?)null), (seat.OrganisationId, seat.StartDate, seat.EndDate, seat.UserId));
    }

    [Fact]
    public async Task A_seat_overlapping_another_of_the_same_person_on_the_comite_is_refused_and_nothing_is_stored()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var type = await TypeAsync(w, "communautaire");
        await ComiteWorld.PostAsync(w.Comite.Organizer, MembersPath(w), "Add", ("Seat.Person", "Jeanne Roy"),
            ("Seat.VoterTypeId", type), ("Seat.Start", "2019-09-01"), ("Seat.End", "2022-06-30"));

        var overlapping = await ComiteWorld.PostAsync(w.Comite.Organizer, MembersPath(w), "Add", ("Seat.Person", "jeanne roy"),
            ("Seat.OrganisationId", w.LocalId.ToString()), ("Seat.VoterTypeId", type), ("Seat.Start", "2022-01-15"));
        var after = await ComiteWorld.PostAsync(w.Comite.Organizer, MembersPath(w), "Add", ("Seat.Person", "Jeanne Roy"),
            ("Seat.VoterTypeId", type), ("Seat.Start", "2022-07-01"));

        Assert.Equal(HttpStatusCode.BadRequest, overlapping.Status);
        Assert.Contains("Dates : jeanne roy siège déjà à ce comité du 1 septembre 2019 au 30 juin 2022", overlapping.Text);
        Assert.Contains("href=\"#Seat_Start\"", overlapping.Html);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        var seats = await factory.WithDbAsync(db => db.ComiteMembers.Where(m => m.ComiteId == w.Comite.ComiteId && m.DisplayName.ToLower() == "jeanne roy")
            .OrderBy(m => m.StartDate).Select(m => m.StartDate).ToListAsync());
        Assert.Equal([new DateOnly(2019, 9, 1), new DateOnly(2022, 7, 1)], seats);
    }

    [Fact]
    public async Task A_second_running_seat_of_the_same_account_is_refused()
    {
        var w = await OrganisationWorld.CreateAsync(factory);

        var page = await ComiteWorld.PostAsync(w.Comite.Organizer, MembersPath(w), "Add", ("Seat.Person", "Béa bis"),
            ("Seat.Email", w.Comite.Community.Email), ("Seat.VoterTypeId", await TypeAsync(w, "communautaire")), ("Seat.Start", "2026-01-01"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Béa bis siège déjà à ce comité du 1 janvier 0001 au aujourd’hui (siège en cours)", page.Text);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ComiteMembers.CountAsync(m => m.UserId == w.Comite.Community.UserId)));
    }

    [Fact]
    public async Task Removing_a_member_ends_the_seat_keeps_it_in_the_history_and_closes_the_comite_to_her()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var seatId = await factory.WithDbAsync(db => db.ComiteMembers.Where(m => m.UserId == w.Comite.Community.UserId).Select(m => m.Id).SingleAsync());
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)).ToString("yyyy-MM-dd");

        var browser = w.Comite.Organizer.Browser();
        var form = await browser.GetAsync(MembersPath(w));
        var page = await browser.PostWithTokenAsync(MembersPath(w) + "?handler=End&seatId=" + seatId, form.Token, ("EndDate", yesterday));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("seat-history", page.Html);
        var seat = await factory.WithDbAsync(db => db.ComiteMembers.SingleAsync(m => m.Id == seatId));
        Assert.Equal(DateOnly.ParseExact(yesterday, "yyyy-MM-dd"), seat.EndDate);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Comite.Community.Browser().GetAsync($"/comite/{w.Comite.ComiteId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await w.Comite.Citizen.Browser().GetAsync($"/comite/{w.Comite.ComiteId}")).Status);
    }

    [Fact]
    public async Task Members_read_a_contact_only_where_the_organisation_shares_it_and_cannot_add_seats()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var local = await db.PartnerOrganisations.SingleAsync(o => o.Id == w.LocalId);
            var type = await db.ComiteVoterTypes.SingleAsync(t => t.ComiteId == w.Comite.ComiteId && t.Code == "communautaire");
            db.ComiteMembers.Add(new() { ComiteId = w.Comite.ComiteId, DisplayName = "Rita", OrganisationId = local.Id, VoterTypeId = type.Id });
            var elsewhere = await db.PartnerOrganisations.SingleAsync(o => o.Id == w.ElsewhereId);
            elsewhere.ContactEmail = "cache@ailleurs.test";
            db.ComiteMembers.Add(new() { ComiteId = w.Comite.ComiteId, DisplayName = "Paul", OrganisationId = elsewhere.Id, VoterTypeId = type.Id });
            return await db.SaveChangesAsync();
        });

        var member = await w.Comite.Citizen.Browser().GetAsync(MembersPath(w));
        var organizer = await w.Comite.Organizer.Browser().GetAsync(MembersPath(w));
        var add = await ComiteWorld.PostAsync(w.Comite.Citizen, MembersPath(w), "Add", ("Seat.Person", "X"), ("Seat.VoterTypeId", "1"));

        Assert.Contains("rita@maison.test", member.Text);
        Assert.DoesNotContain("cache@ailleurs.test", member.Text);
        Assert.Contains("cache@ailleurs.test", organizer.Text);
        Assert.Equal(HttpStatusCode.Forbidden, add.Status);
    }

    private static string MembersPath(OrganisationWorld w) => $"/comite/{w.Comite.ComiteId}/membres";

    private Task<string> TypeAsync(OrganisationWorld w, string code) => factory.WithDbAsync(db =>
        db.ComiteVoterTypes.Where(t => t.ComiteId == w.Comite.ComiteId && t.Code == code).Select(t => t.Id.ToString()).SingleAsync());
}
