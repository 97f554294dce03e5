using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>
/// The collectes a bilan measures with: the comité's territory and its communities, as the candidates offer them, and
/// a trend only across collectes of the same territory. Own factory: the test adds a collecte.
/// </summary>
public sealed class BilanCollectesTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task A_communitys_collecte_can_be_the_after_collecte_but_never_joins_the_citys_trend()
    {
        var cycle = await factory.CycleAsync();
        await factory.WithDbAsync(async db =>
        {
            var baseline = await db.Collectes.Include(c => c.Territory!).ThenInclude(t => t.Children).SingleAsync(c => c.PublicCode == DemoSeeder.CitizenCode);
            db.Collectes.Add(new Collecte
            {
                PublicCode = "saint-marc-2027", Name = "Collecte d'une communauté", TerritoryId = baseline.Territory!.Children.First().Id,
                SnapshotId = baseline.SnapshotId, Audience = baseline.Audience, Status = CollecteStatus.Closed,
                OpensAt = DateTimeOffset.UtcNow.AddDays(-3), ClosesAt = DateTimeOffset.UtcNow.AddDays(-2),
            });
            return await db.SaveChangesAsync();
        });
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}");

        var choice = page.Text[page.Text.IndexOf("class=\"after-choice", StringComparison.Ordinal)..];
        Assert.Contains("Collecte d'une communauté", choice[..choice.IndexOf("</form>", StringComparison.Ordinal)]);
        // The trend tables list the city's two collectes only; the community's later collecte is another population.
        Assert.Contains("Collecte de suivi — Shawinigan", page.Text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page.Text, "Collecte d'une communauté"));
    }
}
