using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>
/// Two comités of one territory may both have a year « 2026-2027 »: each public bilan has its own address, with the
/// comité, and every link names it. Own factory: the test gives the demo's coordination comité a published year.
/// </summary>
public sealed class PublicBilanAddressTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task Two_comites_with_the_same_year_each_have_their_public_bilan()
    {
        var orientation = await factory.CycleAsync();
        var coordination = await factory.WithDbAsync(async db =>
        {
            var comite = await db.Comites.SingleAsync(c => c.Kind == ComiteKind.Coordination);
            var cycle = new ComiteCycle { ComiteId = comite.Id, YearLabel = orientation.YearLabel };
            var target = new ChosenTarget { Cycle = cycle, Order = 1, Wording = "Coordonner les transports" };
            db.TargetReviews.Add(new TargetReview { Target = target, IsPublic = true, PublicText = "La navette roule depuis mars." });
            await db.SaveChangesAsync();
            return cycle;
        });
        var citizen = new Respondent(factory.CreateClient());
        var territory = orientation.Comite!.Territory!.Code;
        string Address(ComiteCycle cycle) => $"/bilan/{territory}/{cycle.YearLabel}/{cycle.ComiteId}";

        var ofCoordination = await citizen.GetAsync(Address(coordination));
        var ofOrientation = await citizen.GetAsync(Address(orientation));

        Assert.Contains("La navette roule depuis mars.", ofCoordination.Text);
        Assert.DoesNotContain("Les rencontres de voisinage continuent", ofCoordination.Text);
        Assert.Contains("Les rencontres de voisinage continuent", ofOrientation.Text);
        Assert.DoesNotContain("La navette roule depuis mars.", ofOrientation.Text);
        // An older address without the comité still opens a published bilan; the démarche's page links both by comité.
        Assert.Contains("Les rencontres de voisinage continuent", (await citizen.GetAsync($"/bilan/{territory}/{orientation.YearLabel}")).Text);
        var suivi = await citizen.GetAsync($"/suivi/{DemoTerritory.CityCode}");
        Assert.Contains($"href=\"{Address(orientation)}\"", suivi.Html);
        Assert.Contains($"href=\"{Address(coordination)}\"", suivi.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/bilan/{territory}/{orientation.YearLabel}/999999")).Status);
    }
}
