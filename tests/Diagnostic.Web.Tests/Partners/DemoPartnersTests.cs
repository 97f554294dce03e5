using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Partners;

public sealed class DemoPartnersTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task The_demo_seeds_partner_organisations_with_one_unused_invitation_each()
    {
        await new Respondent(factory.NewClient()).GetAsync("/");

        var (organisations, unused) = await factory.WithDbAsync(async db => (
            await db.PartnerOrganisations.CountAsync(),
            await db.PartnerInvitations.CountAsync(i => i.Collecte!.PublicCode == "demo-partenaires" && i.UsedAt == null)));

        // Five invited partners, and four more organisations of the demo concertation (ConcertationDemoSeeder).
        Assert.Equal((9, 5), (organisations, unused));
    }
}
