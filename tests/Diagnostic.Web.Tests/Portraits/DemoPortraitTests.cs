using System.Net;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Portraits;

public sealed class DemoPortraitTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    private static readonly string Neighbourhood = DemoTerritory.Neighbourhoods.MaxBy(n => n.Population).Code;

    [Fact]
    public async Task A_newcomer_finds_the_demo_portrait_from_the_home_page()
    {
        var home = await new Respondent(factory.NewClient()).GetAsync("/");
        var portrait = await new Respondent(factory.NewClient()).GetAsync("/portrait/demo");

        Assert.Contains("href=\"/portrait/demo\"", home.Html);
        Assert.Equal(HttpStatusCode.OK, portrait.Status);
        Assert.Contains("Portrait — Collecte 2026 — Shawinigan", portrait.Text);
    }

    [Fact]
    public async Task The_portrait_links_the_public_bilan_of_its_comite_in_plain_words()
    {
        var portrait = await new Respondent(factory.NewClient()).GetAsync("/portrait/demo");

        Assert.Contains($"href=\"/suivi/{DemoTerritory.CityCode}\"", portrait.Html); // the démarche's page, every year and its bilans
        Assert.Contains("Ce que le comité de partenaires a choisi de faire avec ce portrait", portrait.Text);
    }

    [Fact]
    public async Task The_partners_portrait_speaks_of_organismes_not_of_people_ages_or_residents()
    {
        var overview = await new Respondent(factory.NewClient()).GetAsync($"/portrait/{DemoSeeder.PartnerCode}");
        var secteur = await new Respondent(factory.NewClient()).GetAsync($"/portrait/{DemoSeeder.PartnerCode}/quartier/{Neighbourhood}");

        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Contains("organismes ont répondu.", overview.Text);
        Assert.Contains("Organismes répondants selon : ", overview.Text);
        Assert.Contains("Organismes répondants", secteur.Text);
        Assert.Contains("nombre d'organismes qui ont répondu", secteur.Text);
        foreach (var text in new[] { overview.Text, secteur.Text })
        {
            Assert.DoesNotContain("personnes ont répondu", text);
            Assert.DoesNotContain("habitants", text); // « Pour 1 000 habitants » is the citizens' rate
            Assert.DoesNotContain("Tranche", text);
            Assert.DoesNotContain("tranche", text);
        }
    }

    [Fact]
    public async Task A_force_or_defi_is_said_in_a_sentence_and_its_figures_are_folded_under_details()
    {
        var overview = await new Respondent(factory.NewClient()).GetAsync("/portrait/demo");

        var findings = System.Text.RegularExpressions.Regex.Matches(overview.Html, "<ul class=\"findings\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.NotEmpty(findings);
        foreach (System.Text.RegularExpressions.Match list in findings)
        {
            var text = System.Net.WebUtility.HtmlDecode(list.Groups[1].Value);
            var beforeDetails = System.Text.RegularExpressions.Regex.Replace(text, "<details.*?</details>", "", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.Contains("l'écart est net", beforeDetails);
            Assert.DoesNotContain("q =", beforeDetails);
            Assert.DoesNotContain("q <", beforeDetails);
            Assert.DoesNotContain(" vs ", beforeDetails);
            Assert.DoesNotContain("n\u00A0=", beforeDetails);
            Assert.Contains("<summary>Détails</summary>", text);
            Assert.Contains("Score de ", text);
            Assert.Matches("q (=|<) ", text);
        }
    }

    /// <summary>A secteur where fewer than 5 partners answered (12 partners over 6 secteurs, weighted by population).</summary>
    private async Task<string> FewPartnersSecteurAsync()
    {
        await new Respondent(factory.NewClient()).GetAsync("/");
        var counts = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Responses.Where(r => r.Collecte!.PublicCode == DemoSeeder.PartnerCode).Select(r => r.NeighbourhoodCode)));
        return DemoTerritory.Neighbourhoods.Select(n => n.Code).First(code => counts.Count(c => c == code) < 5);
    }

    [Fact]
    public async Task The_citizens_portrait_of_a_secteur_gives_the_partners_reading_side_by_side()
    {
        var page = await new Respondent(factory.NewClient()).GetAsync($"/portrait/demo/quartier/{Neighbourhood}");

        Assert.Contains("Lecture des partenaires", page.Text);
        Assert.Contains("Scores par dimension, partenaires", page.Text);
        Assert.Contains("Concertation et partenariat", page.Text);
    }

    [Fact]
    public async Task Where_partners_are_few_the_citizens_portrait_says_so_and_gives_their_territory_reading()
    {
        var page = await new Respondent(factory.NewClient()).GetAsync($"/portrait/demo/quartier/{await FewPartnersSecteurAsync()}");

        Assert.Contains("Les partenaires sont peu nombreux (12 réponses pour tout le territoire)", page.Text);
    }

    [Fact]
    public async Task The_partners_portrait_of_a_secteur_says_partners_are_few_rather_than_a_page_of_hidden_figures()
    {
        var page = await new Respondent(factory.NewClient()).GetAsync($"/portrait/demo-partenaires/quartier/{await FewPartnersSecteurAsync()}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Les partenaires sont peu nombreux : par secteur, leurs réponses tombent sous le seuil de 5", page.Text);
        Assert.DoesNotContain("/graphiques/", page.Html);
        Assert.Contains("Lecture des citoyens", page.Text);
    }
}
