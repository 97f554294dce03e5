using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Diagnostic.Web.Pages.Portraits;
using Diagnostic.Web.Tests.Exchange;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Tests.Portraits;

/// <summary>
/// Issues 13 and 16: a portrait page refers to its charts (one drawing per page width, picked by the browser) instead
/// of inlining them; each drawing is made once per portrait version and dropped with it (new answers, portrait turned
/// non-public, MinCell changed, collecte deleted), in both languages.
/// </summary>
public sealed partial class PortraitChartDeliveryTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private async Task<HttpClient> ClientAsync()
    {
        await PortraitData.SeedAsync(factory);
        return factory.NewClient();
    }

    private async Task<CachedPortrait> HeldAsync()
    {
        var id = await factory.CollecteIdAsync(DiagnosticWebFactory.OpenCode);
        return factory.Services.GetRequiredService<PortraitCache>().Held(id) ?? throw new InvalidOperationException("nothing cached");
    }

    [Fact]
    public async Task The_neighbourhood_page_inlines_no_drawing_and_offers_each_chart_at_the_three_page_widths()
    {
        var client = await ClientAsync();
        var html = await client.GetStringAsync("/portrait/test/quartier/nord");
        var pictures = Picture().Matches(html);

        Assert.DoesNotContain("<svg", html);
        Assert.Equal(Regex.Matches(html, "<figure class=\"chart\"").Count, pictures.Count);
        Assert.True(pictures.Count >= 2);
        foreach (Match picture in pictures)
        {
            Assert.Contains("media=\"(min-width: 756px)\"", picture.Value);
            Assert.Contains("media=\"(min-width: 576px)\"", picture.Value);
            var sources = Address().Matches(picture.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(3, sources.Count);
            foreach (var (source, width) in sources.Zip(new[] { 720, 540, 360 }))
            {
                var response = await client.GetAsync(source);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
                var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)svg.Root!.Attribute("width"));
            }
        }
        // The image is named by its title, which the drawing leaves to the page (one visible title, not three).
        var scores = Regex.Match(html, "<img class=\"chart-image\" src=\"([^\"]*scores\\.svg[^\"]*)\" alt=\"([^\"]+)\"");
        Assert.True(scores.Success);
        var title = WebUtility.HtmlDecode(scores.Groups[2].Value);
        Assert.Contains($"<p class=\"chart-title\">{scores.Groups[2].Value}</p>", html);
        Assert.DoesNotContain(title, await client.GetStringAsync(WebUtility.HtmlDecode(scores.Groups[1].Value)));
    }

    [Fact]
    public async Task A_drawing_is_made_once_per_version_and_a_new_answer_gives_new_addresses()
    {
        var client = await ClientAsync();
        var path = "/portrait/test/graphiques/heatmap.svg?lang=fr&largeur=540";
        var first = await client.GetByteArrayAsync(path);
        var held = await HeldAsync();

        Assert.Equal(first, held.Derived<byte[]>($"svg|fr|{PortraitRow.AllNeighbourhoods}|heatmap|540", () => throw new InvalidOperationException("drawn twice")));
        Assert.Contains("v=" + held.Version, await client.GetStringAsync("/portrait/test"));

        await PortraitData.AddAsync(factory, "nord", "35+", "4");
        var page = await client.GetStringAsync("/portrait/test");
        var after = await HeldAsync();

        Assert.NotEqual(held.Version, after.Version);
        Assert.Contains("v=" + after.Version, page);
        Assert.DoesNotContain("v=" + held.Version, page);
        var old = await client.GetAsync(path + "&v=" + held.Version);
        Assert.Equal("no-cache, private", string.Join(", ", old.Headers.CacheControl!.ToString().Split(", ").Order()));
    }

    [Theory]
    [InlineData("/portrait/test/graphiques/heatmap.svg?largeur=500")]
    [InlineData("/portrait/test/graphiques/heatmap.svg")]
    [InlineData("/portrait/test/graphiques/likert-9.svg?quartier=nord&largeur=360")]
    [InlineData("/portrait/test/graphiques/scores.svg?quartier=ailleurs&largeur=360")]
    [InlineData("/portrait/inconnue/graphiques/heatmap.svg?largeur=360")]
    public async Task Widths_pages_do_not_offer_and_unknown_charts_are_not_found(string path)
    {
        var response = await (await ClientAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("non-public")]
    [InlineData("min-cell")]
    public async Task Every_drawing_of_both_languages_is_dropped_when_the_portrait_turns_non_public_or_MinCell_changes(string change)
    {
        var client = await ClientAsync();
        foreach (var language in new[] { "fr", "en" })
            await client.GetByteArrayAsync($"/portrait/test/graphiques/scores.svg?lang={language}&quartier=nord&largeur=360");
        var before = await HeldAsync();
        var monitor = factory.Services.GetRequiredService<IOptionsMonitorCache<AnalysisOptions>>();
        var minCell = factory.Services.GetRequiredService<IOptionsMonitor<AnalysisOptions>>().CurrentValue.MinCell;
        try
        {
            if (change == "non-public")
                await SetPublicAsync(false);
            else
            {
                monitor.TryRemove(Options.DefaultName);
                monitor.TryAdd(Options.DefaultName, new AnalysisOptions { MinCell = minCell + 1 });
            }
            var organizer = await factory.OrganizerAsync(DiagnosticWebFactory.OpenCode);
            foreach (var language in new[] { "fr", "en" })
                Assert.Equal(HttpStatusCode.OK, (await organizer.GetAsync($"/portrait/test/graphiques/scores.svg?lang={language}&quartier=nord&largeur=360")).StatusCode);
            var after = await HeldAsync();

            // A new version: the former one, with its drawings in French and in English, is no longer held.
            Assert.NotSame(before, after);
            foreach (var language in new[] { "fr", "en" })
            {
                var redrawn = false;
                before.Derived($"svg|{language}|nord|scores|360", () => { redrawn = true; return Array.Empty<byte>(); });
                Assert.False(redrawn); // the former version did hold it
                Assert.NotEmpty(after.Derived($"svg|{language}|nord|scores|360", () => Array.Empty<byte>()));
            }
            Assert.Equal(change == "min-cell" ? minCell + 1 : minCell, after.Portrait.MinCell);
        }
        finally
        {
            await SetPublicAsync(true);
            monitor.TryRemove(Options.DefaultName);
        }
    }

    [Fact]
    public async Task A_deleted_collecte_leaves_no_portrait_nor_drawing_in_memory()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 5);
        var id = await factory.CollecteIdAsync(code);
        var client = await factory.OrganizerAsync(code);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/portrait/{code}")).StatusCode);
        Assert.NotNull(factory.Services.GetRequiredService<PortraitCache>().Held(id));

        await new Respondent(client).PostAsync($"/admin/collectes/{code}/supprimer", ("Confirmation", code));

        Assert.Null(factory.Services.GetRequiredService<PortraitCache>().Held(id));
    }

    private Task SetPublicAsync(bool value) => factory.WithDbAsync(db =>
        db.Collectes.Where(c => c.PublicCode == DiagnosticWebFactory.OpenCode).ExecuteUpdateAsync(u => u.SetProperty(c => c.PortraitPublic, value)));

    [GeneratedRegex("<picture>.*?</picture>", RegexOptions.Singleline)]
    private static partial Regex Picture();

    [GeneratedRegex("(?:srcset|src)=\"([^\"]+)\"")]
    private static partial Regex Address();
}
