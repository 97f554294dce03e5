using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Demarche;

/// <summary>
/// Who reads a démarche's pages: a comité member only while her seat runs (as for the comité itself), and its fiche
/// synthèse only when she may read the collecte's portrait (PortraitAccess: an organisatrice's own collectes, an admin
/// all). Own factory: the tests end seats and make a portrait private.
/// </summary>
public sealed class DemarcheAccessTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task A_member_whose_seat_ended_no_longer_opens_the_demarche()
    {
        var demarche = await DemarcheAsync();
        var member = await factory.SignInAsAsync(Roles.Committee);
        var seat = await SeatAsync(member.UserId, db => db.Comites.OrderBy(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync($"/demarches/{demarche.Id}")).StatusCode);

        await factory.WithDbAsync(db => db.ComiteMembers.Where(m => m.Id == seat)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.EndDate, DateOnly.FromDateTime(DateTime.Today).AddDays(-30))));

        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/demarches/{demarche.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/demarches/{demarche.Id}/actions")).StatusCode);
    }

    [Fact]
    public async Task A_cellule_member_does_not_read_the_synthesis_of_the_citys_private_portrait()
    {
        var demarche = await DemarcheAsync();
        var collecteId = await factory.WithDbAsync(db => db.Collectes.Where(c => c.PublicCode == DemoSeeder.CitizenCode).Select(c => c.Id).SingleAsync());
        await factory.WithDbAsync(db => db.Collectes.Where(c => c.Id == collecteId).ExecuteUpdateAsync(set => set.SetProperty(c => c.PortraitPublic, false)));
        var member = await factory.SignInAsAsync(Roles.Committee);
        // The demo's cellule de travail sits on one community of the city (ConcertationDemoSeeder).
        await SeatAsync(member.UserId, db => db.Comites.SingleAsync(c => c.Kind == ComiteKind.CelluleTravail));
        var admin = await factory.SignInAsAsync(Roles.Admin);
        var synthesis = $"/demarches/{demarche.Id}/collecte/{collecteId}";

        var steps = await member.Browser().GetAsync($"/demarches/{demarche.Id}");
        Assert.Equal(HttpStatusCode.OK, steps.Status);
        Assert.DoesNotContain(synthesis, steps.Html); // no link to a page she may not open
        Assert.Contains(synthesis, (await admin.Browser().GetAsync($"/demarches/{demarche.Id}")).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync(synthesis)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/portrait/{DemoSeeder.CitizenCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync(synthesis)).StatusCode);
    }

    private Task<Data.Entities.Demarche> DemarcheAsync() =>
        factory.WithDbAsync(db => db.Demarches.AsNoTracking().Include(d => d.Territory).SingleAsync(d => d.Territory!.Code == DemoTerritory.CityCode));

    private Task<int> SeatAsync(string userId, Func<Data.DiagnosticDbContext, Task<Data.Entities.Comite>> comite) => factory.WithDbAsync(async db =>
    {
        var chosen = await comite(db);
        var voterType = await db.Set<ComiteVoterType>().Where(v => v.ComiteId == chosen.Id).Select(v => v.Id).FirstAsync();
        var seat = new ComiteMember { ComiteId = chosen.Id, UserId = userId, DisplayName = "Test", VoterTypeId = voterType };
        db.ComiteMembers.Add(seat);
        await db.SaveChangesAsync();
        return seat.Id;
    });
}
