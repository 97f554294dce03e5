using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Partners;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Home;

/// <summary>
/// The home page puts « Répondre » for citizens first and the partner collectes apart; a citizen who opens a partner
/// collecte finds the way back; staff sign in from the footer; the droit de suite is linked in plain words.
/// </summary>
public sealed class HomePageTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    private const string Year = "2026-2027";
    private string partnerCode = "";

    public async Task InitializeAsync()
    {
        await factory.SeedAsync();
        partnerCode = await factory.WithDbAsync(db => db.Collectes.Where(c => c.Audience == Audience.Partner).Select(c => c.PublicCode).FirstOrDefaultAsync()) ?? "";
        if (partnerCode.Length > 0) return;
        partnerCode = await factory.NewPartnerCollecteAsync();
        await factory.WithDbAsync(async db =>
        {
            var city = await db.Territories.SingleAsync(t => t.Code == "ville");
            db.Add(new Diagnostic.Data.Entities.Comite { TerritoryId = city.Id, Name = "Comité test", Cycles = [new ComiteCycle { YearLabel = "2025-2026" }, new ComiteCycle { YearLabel = Year }] });
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no #{id}");
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task Citizens_answer_first_and_partner_collectes_are_apart_and_after()
    {
        var home = await new Respondent(factory.NewClient()).GetAsync("/");

        var citizens = Section(home.Html, "citizen-collectes");
        var partners = Section(home.Html, "partner-collectes");
        Assert.Contains($"href=\"/s/{DiagnosticWebFactory.OpenCode}\"", citizens);
        Assert.Contains("Répondre — Collecte test test", System.Net.WebUtility.HtmlDecode(citizens));
        Assert.DoesNotContain($"href=\"/s/{partnerCode}\"", citizens);
        Assert.Contains($"href=\"/s/{partnerCode}\"", partners);
        Assert.Contains("Pour les organismes partenaires", home.Text);
        Assert.True(home.Html.IndexOf("id=\"citizen-collectes\"", StringComparison.Ordinal) < home.Html.IndexOf("id=\"partner-collectes\"", StringComparison.Ordinal));
        Assert.DoesNotContain($"href=\"/s/{DiagnosticWebFactory.ClosedCode}\"", home.Html);
    }

    [Fact]
    public async Task A_citizen_who_opens_a_partner_collecte_has_a_way_back_to_the_citizen_questionnaires()
    {
        var invitation = await new Respondent(factory.NewClient()).GetAsync($"/s/{partnerCode}");

        Assert.Equal($"/s/{partnerCode}/invitation", invitation.Path);
        Assert.Contains("Vous êtes une citoyenne ou un citoyen?", invitation.Text);
        Assert.Contains("href=\"/#repondre\"", invitation.Html);
        Assert.Contains("id=\"repondre\"", (await new Respondent(factory.NewClient()).GetAsync("/")).Html);
    }

    [Fact]
    public async Task Staff_sign_in_from_the_footer_and_citizen_pages_have_no_sign_in_in_the_header()
    {
        foreach (var path in new[] { "/", $"/s/{DiagnosticWebFactory.OpenCode}" })
        {
            var page = await new Respondent(factory.NewClient()).GetAsync(path);
            var header = page.Html[..page.Html.IndexOf("</header>", StringComparison.Ordinal)];
            var footer = page.Html[page.Html.IndexOf("<footer", StringComparison.Ordinal)..];

            Assert.DoesNotContain("/connexion", header);
            Assert.DoesNotContain("Connexion", header);
            Assert.Contains("href=\"/connexion\"", footer);
            Assert.Contains("Espace des partenaires et du personnel", footer);
        }
    }

    [Fact]
    public async Task The_home_page_links_the_latest_public_bilan_of_each_comite_in_plain_words()
    {
        var home = await new Respondent(factory.NewClient()).GetAsync("/");

        Assert.Contains("Ce que le comité fait avec les résultats", home.Text);
        Assert.Contains($"href=\"/bilan/ville/{Year}/", home.Html);
        Assert.Contains($"Voir ce qui a été fait — Ville-Test, {Year}", home.Text);
        Assert.DoesNotContain("href=\"/bilan/ville/2025-2026", home.Html);
        var bilan = await new Respondent(factory.NewClient()).GetAsync($"/bilan/ville/{Year}");
        Assert.Equal(System.Net.HttpStatusCode.OK, bilan.Status);
    }

    [Fact]
    public async Task The_thank_you_page_links_the_public_bilan_of_its_territory()
    {
        var thanks = await new Respondent(factory.NewClient()).CompleteAsync();

        Assert.Equal($"/s/{DiagnosticWebFactory.OpenCode}/merci", thanks.Path);
        Assert.Contains("Suivez ce qui est fait avec les résultats :", thanks.Text);
        Assert.Contains($"href=\"/bilan/ville/{Year}/", thanks.Html);
    }
}
