using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>
/// The citizens' bilan gives back no figure of a portrait anyone may not read: a later collecte whose portrait is
/// not public is neither the change's « after » nor a point of the trend there, while the comité still sees both.
/// Own factory: the test makes a demo portrait non-public.
/// </summary>
public sealed class PublicBilanFiguresTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task A_later_collecte_whose_portrait_is_not_public_stays_out_of_the_citizens_bilan()
    {
        var cycle = await factory.CycleAsync();
        var path = $"/bilan/{cycle.Comite!.Territory!.Code}/{cycle.YearLabel}";
        var citizen = new Respondent(factory.CreateClient());
        // Demo: the published target is measured against the follow-up collecte, whose portrait is public.
        var before = await citizen.GetAsync(path);
        Assert.Contains("Collecte de suivi — Shawinigan", before.Text);
        Assert.Contains("class=\"reading\"", before.Html);

        await factory.WithDbAsync(db => db.Collectes.Where(c => c.PublicCode == ComiteDemoSeeder.FollowUpCode)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.PortraitPublic, false)));

        var after = await citizen.GetAsync(path);
        Assert.Contains("Les rencontres de voisinage continuent", after.Text);
        Assert.DoesNotContain("Collecte de suivi — Shawinigan", after.Text);
        Assert.DoesNotContain("class=\"reading\"", after.Html);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var comite = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}");
        Assert.Contains("Collecte de suivi — Shawinigan", comite.Text);
        Assert.Contains("class=\"reading\"", comite.Html);
    }
}
