using System.Text.RegularExpressions;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>The poster's QR codes and the participation dashboard's counts.</summary>
public sealed class ReachingPeopleTests : IDisposable
{
    private const char Nnbsp = '\u202F';
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_poster_has_an_svg_qr_code_for_the_collecte_and_one_per_neighbourhood_that_preselects_it()
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        var poster = await organizer.Browser().GetAsync($"/admin/collectes/{id}/affiche");

        var sheets = Regex.Matches(poster.Html, "<section class=\"poster\"[\\s\\S]*?</section>").Select(m => m.Value).ToList();
        Assert.Equal(3, sheets.Count);
        Assert.All(sheets, sheet => Assert.Contains("<svg", sheet));
        Assert.Contains("<p class=\"poster-url\">http://localhost/s/test</p>", sheets[0]);
        Assert.Contains("<p class=\"poster-url\">http://localhost/s/test?quartier=nord</p>", sheets[1]);
        Assert.Contains("<p class=\"poster-url\">http://localhost/s/test?quartier=sud</p>", sheets[2]);
        Assert.Contains("Votre quartier, vous en pensez quoi?", poster.Text);
    }

    [Fact]
    public async Task The_neighbourhood_link_preselects_the_neighbourhood_after_consent()
    {
        await factory.SeedAsync();
        var person = new Respondent(factory.NewClient());

        await person.GetAsync("/s/test?quartier=sud");
        var form = await person.GetAsync("/s/test?quartier=sud");
        var page = await person.PostWithTokenAsync("/s/test?quartier=sud", form.Token, ("Consent", "true"), ("AgeConfirmed", "true"), ("quartier", "sud"));

        Assert.Equal("/s/test/quartier", page.Path);
        Assert.Matches("value=\"sud\" checked=\"checked\"", page.Html);
        Assert.Equal("sud", (await factory.ResponsesAsync()).Single().NeighbourhoodCode);
    }

    private Task AddResponsesAsync() => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(s => s.Snapshot).Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory)
            .SingleAsync(s => s.PublicCode == DiagnosticWebFactory.OpenCode);
        collecte.Neighbourhoods.Single(n => n.Territory!.Code == "nord").ParticipationTarget = 4;
        collecte.Neighbourhoods.Single(n => n.Territory!.Code == "sud").ParticipationTarget = 1250;
        Response Add(string neighbourhood, string? age, int day, ResponseChannel channel, ResponseStatus status = ResponseStatus.Submitted)
        {
            var at = new DateTimeOffset(2026, 3, day, 12, 0, 0, TimeSpan.Zero);
            var response = new Response
            {
                PublicId = Guid.NewGuid().ToString(), CollecteId = collecte.Id, NeighbourhoodCode = neighbourhood,
                Audience = Audience.Citizen, Language = "fr", Channel = channel, StartedAt = at,
                SubmittedAt = status == ResponseStatus.Submitted ? at : null, QuestionnaireHash = collecte.Snapshot!.Hash,
                Status = status, Answers = age is null ? [] : new() { ["age"] = age, ["fier"] = "3" },
            };
            db.Responses.Add(response);
            return response;
        }
        Add("nord", "14-34", 2, ResponseChannel.Web);
        Add("nord", "14-34", 2, ResponseChannel.Web);
        Add("nord", "35+", 3, ResponseChannel.Kiosk);
        Add("sud", "14-34", 3, ResponseChannel.Paper);
        Add("nord", null, 3, ResponseChannel.Web, ResponseStatus.Draft);
        Add(null!, null, 3, ResponseChannel.Web, ResponseStatus.Draft);
        return await db.SaveChangesAsync();
    });

    private static string Row(string html, string attribute) =>
        Regex.Match(html, $"<tr {Regex.Escape(attribute)}[\\s\\S]*?</tr>").Value;

    [Fact]
    public async Task The_dashboard_counts_per_neighbourhood_day_age_band_and_channel_in_french_format()
    {
        var organizer = await factory.OrganizerAsync();
        await AddResponsesAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        var page = await organizer.Browser().GetAsync($"/admin/collectes/{id}/participation");

        // nord: 3 submitted of a target of 4 → 75,0 %; one draft. sud: 1 of 1 250 → 0,08 % shown « 0,1 % ».
        var nord = Row(page.Text, "data-code=\"nord\"");
        Assert.Contains("<td class=\"num submitted\">3</td>", nord);
        Assert.Contains("<td class=\"num\">4</td>", nord);
        Assert.Contains($"75,0{Nnbsp}%", nord);
        Assert.Contains("<td class=\"num drafts\">1</td>", nord);
        Assert.DoesNotContain("behind", nord);
        var sud = Row(page.Text, "data-code=\"sud\"");
        Assert.Contains($"<td class=\"num\">1{Nnbsp}250</td>", sud);
        Assert.Contains($"0,1{Nnbsp}%", sud);
        Assert.Contains("class=\"behind\"", sud);
        // Totals: 4 submitted of 1 254; drafts: 1 in nord and 1 without a neighbourhood yet.
        Assert.Contains($"id=\"total-submitted\">4 / 1{Nnbsp}254<", page.Text);
        Assert.Contains("id=\"total-drafts\">2<", page.Text);
        Assert.Contains("id=\"channel-web\">2<", page.Text);
        Assert.Contains("id=\"channel-kiosk\">1<", page.Text);
        Assert.Contains("id=\"channel-paper\">1<", page.Text);
        // Days (Québec time): 2 March 2, cumulative 2; 3 March 2, cumulative 4.
        Assert.Matches($"<td class=\"num\">2</td><td>.*</td><td class=\"num\">2 / 1{Nnbsp}254</td>", Row(page.Text, "data-day=\"2026-03-02\""));
        Assert.Matches($"<td class=\"num\">2</td><td>.*</td><td class=\"num\">4 / 1{Nnbsp}254</td>", Row(page.Text, "data-day=\"2026-03-03\""));
        // Ages: 3 of 4 are 14-34 → 75,0 %; 1 of 4 is 35+ → 25,0 %.
        Assert.Contains($"75,0{Nnbsp}%", Row(page.Text, "data-band=\"14-34\""));
        Assert.Contains($"25,0{Nnbsp}%", Row(page.Text, "data-band=\"35+\""));
        Assert.Contains($"0,0{Nnbsp}%", Row(page.Text, "data-band=\"\""));
        Assert.Contains("14 à 34 ans", page.Text);
    }
}
