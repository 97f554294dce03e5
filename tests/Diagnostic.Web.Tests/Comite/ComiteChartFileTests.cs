using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>
/// Issue 13: comité charts (échéancier, bilan trends) load as drawings made for the page width, as portraits do, with
/// the access of the page they belong to: a comité's own members and staff, 404 for others.
/// </summary>
public sealed partial class ComiteChartFileTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task The_echeancier_is_drawn_for_each_page_width_and_only_for_the_comite()
    {
        var cycle = await factory.CycleAsync();
        var member = await factory.SignInAsAsync(Roles.Committee);
        await factory.JoinComiteAsync(member.UserId);
        var outsider = await factory.SignInAsAsync(Roles.Committee);

        foreach (var width in new[] { 360, 540, 720 })
        {
            var response = await member.Client.GetAsync($"/comite/plan/{cycle.Id}/echeancier?format=svg&width={width}");
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (string?)XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Attribute("width"));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/comite/plan/{cycle.Id}/echeancier?format=svg&width=800")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/comite/plan/{cycle.Id}/echeancier?format=svg&width=360")).StatusCode);
    }

    [Fact]
    public async Task The_bilan_refers_to_its_trend_drawings_which_follow_the_bilans_access()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var outsider = await factory.SignInAsAsync(Roles.Committee);

        var html = await organizer.Client.GetStringAsync($"/comite/bilan/{cycle.Id}");
        var trends = Trend().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.DoesNotContain("<svg", html);
        Assert.NotEmpty(trends);
        var drawing = await organizer.Client.GetAsync(trends[0]);
        Assert.Equal(HttpStatusCode.OK, drawing.StatusCode);
        Assert.Equal("image/svg+xml", drawing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(trends[0])).StatusCode);
    }

    [GeneratedRegex("src=\"(/comite/bilan/[0-9]+\\?handler=Trend[^\"]+)\"")]
    private static partial Regex Trend();
}
