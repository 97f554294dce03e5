using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Partners;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Home;

public sealed class DemoModeTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/s/demo")]
    [InlineData("/s/demo-partenaires")]
    public async Task A_fresh_start_in_demo_mode_serves_the_pages_in_french(string path)
    {
        var page = await new Respondent(factory.NewClient(), "demo").GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"fr\">", page.Html);
    }

    [Fact]
    public async Task The_demo_seeds_shawinigan_its_two_open_collectes_and_synthetic_answers_once()
    {
        await new Respondent(factory.NewClient()).GetAsync("/");

        var (neighbourhoods, citizen, partner) = await factory.WithDbAsync(async db => (
            await db.Territories.CountAsync(t => t.Level == TerritoryLevel.Neighbourhood),
            await db.Responses.CountAsync(r => r.Collecte!.PublicCode == "demo" && r.Status == ResponseStatus.Submitted),
            await db.Responses.CountAsync(r => r.Collecte!.PublicCode == "demo-partenaires" && r.Status == ResponseStatus.Submitted)));

        Assert.Equal(6, neighbourhoods);
        Assert.Equal(40, citizen); // Demo:Responses in the test factory
        Assert.Equal(12, partner);
    }

    [Fact]
    public async Task A_citizen_can_start_the_demo_questionnaire_and_sees_the_secteurs()
    {
        var person = new Respondent(factory.NewClient(), "demo");

        var page = await person.ConsentAsync();

        Assert.Equal("/s/demo/quartier", page.Path);
        Assert.Contains("Où habitez-vous? Choisissez votre secteur.", page.Text);
        Assert.Contains("Lac-à-la-Tortue", page.Text);
        Assert.Contains("Étape 1 sur", page.Text);
    }

    [Fact]
    public async Task The_welcome_page_says_who_runs_the_collecte_and_whom_to_ask_about_privacy()
    {
        var page = await new Respondent(factory.NewClient(), "demo").GetAsync("/s/demo");

        Assert.Contains("id=\"run-by\">Comité de partenaires de la démarche Shawinigan 2026<", page.Text);
        Assert.Contains("Responsable de la protection des renseignements personnels", page.Text);
        Assert.Contains("détruites au plus tard le", page.Text);
    }

    [Fact]
    public async Task A_partner_is_asked_which_secteur_their_organisation_serves()
    {
        var partner = new Respondent(factory.NewClient(), "demo-partenaires");
        var invitation = await InviteAsync("demo-partenaires");
        await partner.PostAsync("/s/demo-partenaires/invitation", ("invitationCode", invitation));

        var page = await partner.ConsentAsync();

        Assert.Contains("Où votre organisme intervient-il surtout? Choisissez votre secteur.", page.Text);
    }

    /// <summary>Partner collectes ask for a single-use invitation code before consent.</summary>
    private Task<string> InviteAsync(string code) => factory.WithDbAsync(async db =>
    {
        var organisation = new PartnerOrganisation { Name = "Organisme " + Guid.NewGuid().ToString("N"), Network = PartnerNetwork.Communautaire };
        db.PartnerOrganisations.Add(organisation);
        await db.SaveChangesAsync();
        var collecteId = await db.Collectes.Where(s => s.PublicCode == code).Select(s => s.Id).SingleAsync();
        var issued = await new PartnerInvitations(db, TimeProvider.System).IssueAsync(collecteId, [organisation.Id], default);
        return issued[0].Code;
    });
}
