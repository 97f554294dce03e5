using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Browser;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Design;

/// <summary>
/// Issue 13, plain words on the comité and staff screens of the demo: names instead of codes, Québec words
/// (pastilles, votes reçus), both forms of role names, figures in a sentence with the jargon folded in « Détails ».
/// </summary>
public sealed partial class PlainWordsTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task The_public_bilan_says_in_a_sentence_what_changed_with_the_indicators_title_and_folds_the_figures()
    {
        var cycle = await factory.CycleAsync();
        var html = await factory.CreateClient().GetStringAsync($"/bilan/{cycle.Comite!.Territory!.Code}/{cycle.YearLabel}");
        var text = VisibleText(html);

        Assert.Empty(PageChecks.VisibleCodes(text));
        Assert.DoesNotContain("appartenance (", text);
        Assert.Matches("«\u00a0Mon attachement au quartier\u00a0» (a augmenté, de|a baissé, de|est passé de) \\d+,\\d à \\d+,\\d", text);
        var details = html.IndexOf("<details class=\"change-details\">", StringComparison.Ordinal);
        Assert.True(details > 0, "the change's figures are not in a « Détails »");
        Assert.True(html.IndexOf("IC 95", StringComparison.Ordinal) > details, "the interval is named before the « Détails »");
        Assert.Contains("Renforcer le sentiment d'appartenance au quartier", text);
        Assert.DoesNotContain("Améliorer :", text);
    }

    [Fact]
    public async Task The_cibles_page_names_the_indicator_and_the_places_and_offers_neighbourhoods_by_name()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/annee/{cycle.Id}/cibles");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var text = VisibleText(page.Html);
        Assert.Empty(PageChecks.VisibleCodes(text));
        Assert.Contains("Les liens entre voisins et l'entraide (Tout le territoire)", text);
        Assert.Matches("<input type=\"checkbox\" name=\"Target.Neighbourhoods\" value=\"ALL\" checked=\"checked\" /> Tout le territoire", page.Html);
        Assert.Contains("value=\"saint-marc\" /> Saint-Marc", page.Html);
    }

    [Fact]
    public async Task The_candidates_page_fills_the_columns_it_announces()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var expected = await factory.WithDbAsync(db => db.CandidateTargets.Where(c => c.CycleId == cycle.Id && c.Score != null)
            .OrderBy(c => c.Order).Select(c => new { c.Score, c.N }).ToListAsync());

        var page = await organizer.Browser().GetAsync($"/comite/annee/{cycle.Id}/candidats");

        Assert.Equal(3, expected.Count);
        foreach (var c in expected)
            Assert.Contains($"<td class=\"num\">{Diagnostic.Core.Formatting.NumberText.French.Number(c.Score!.Value, 1)}</td>", page.Html);
        Assert.DoesNotContain("<td></td>", page.Html);
        Assert.Contains("Réponses (n)", page.Text);
        Assert.Empty(PageChecks.VisibleCodes(VisibleText(page.Html)));
        Assert.Contains("<option value=\"ALL\">Tout le territoire</option>", page.Html);
    }

    [Fact]
    public async Task The_vote_page_speaks_of_pastilles_and_votes_received()
    {
        var roundId = await factory.WithDbAsync(db => db.VotingRounds.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var text = (await organizer.Browser().GetAsync($"/comite/vote/{roundId}")).Text;

        Assert.Matches("Votes reçus\\s:\\s4", text);
        Assert.Contains("Pastilles", text);
        Assert.DoesNotContain("ommette", text);
        Assert.DoesNotContain("bulletin(s)", text);
    }

    [Fact]
    public async Task Role_names_read_in_both_forms()
    {
        var admin = await factory.SignInAsAsync(Roles.Admin);

        var text = (await admin.Browser().GetAsync("/admin/users")).Text;

        Assert.Contains("Organisatrice ou organisateur", text);
        Assert.Contains("Administratrice ou administrateur", text);
    }

    [Fact]
    public void A_visible_code_is_ALL_as_a_word_or_an_identifier_with_an_underscore()
    {
        Assert.Equal(["ALL", "liens_sociaux"], PageChecks.VisibleCodes("Quartier : ALL (liens_sociaux). ALLER, TALL, Ville de Shawinigan, vie_privee@exemple.org"));
    }

    /// <summary>The page's text as read: no head, scripts or tags, entities decoded.</summary>
    private static string VisibleText(string html)
    {
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        return WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(body, " "), " "));
    }

    [GeneratedRegex("<script.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
