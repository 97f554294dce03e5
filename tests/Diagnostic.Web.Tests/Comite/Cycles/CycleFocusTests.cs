using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Cycles;

/// <summary>A comité year may focus on one community, whose portrait reads against the territory's latest collecte.</summary>
public sealed class CycleFocusTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task A_year_focused_on_a_community_links_to_its_portrait_in_the_latest_collecte()
    {
        var cycle = await factory.CycleAsync();
        var community = await factory.WithDbAsync(db => db.Territories.AsNoTracking().FirstAsync(t => t.ParentId == cycle.Comite!.TerritoryId));
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().PostAsync($"/comite/annee/{cycle.Id}?handler=Focus", ("FocusTerritoryId", community.Id.ToString()));

        Assert.Contains($"Cette année, le comité se concentre sur {community.Name}.", page.Text);
        // The demo's latest citizen collecte is the follow-up one (ComiteDemoSeeder).
        Assert.Contains($"href=\"/portrait/{ComiteDemoSeeder.FollowUpCode}/quartier/{community.Code}\"", page.Html);
    }

    [Fact]
    public async Task A_territory_outside_the_comites_is_refused_and_the_focus_is_unchanged()
    {
        var cycle = await factory.CycleAsync();
        var region = await factory.WithDbAsync(db => db.Territories.AsNoTracking().FirstAsync(t => t.Code == DemoTerritory.RegionCode));
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().PostAsync($"/comite/annee/{cycle.Id}?handler=Focus", ("FocusTerritoryId", region.Id.ToString()));

        Assert.Contains("Choisissez une communauté de ce territoire.", page.Text);
        Assert.Equal(cycle.FocusTerritoryId, await factory.WithDbAsync(db => db.ComiteCycles.Where(c => c.Id == cycle.Id).Select(c => c.FocusTerritoryId).SingleAsync()));
    }
}
