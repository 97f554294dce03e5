using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Design;

/// <summary>
/// Issue 13: every table sits in a focusable region, named by the table's caption, that scrolls sideways on its own
/// (ScrollingTableTagHelper); a page's own « table-scroll » box becomes that region (TableScrollTagHelper).
/// </summary>
public sealed class TableRegionTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task A_captioned_table_is_wrapped_in_a_region_named_by_its_caption()
    {
        var roundId = await factory.WithDbAsync(db => db.VotingRounds.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var html = (await organizer.Browser().GetAsync($"/comite/vote/{roundId}")).Html;

        var region = Regex.Match(html, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"(?<id>table-caption-\\d+)\">\\s*<table id=\"results\">\\s*<caption id=\"(?<caption>[^\"]+)\">");
        Assert.True(region.Success, "the results table is not in a labelled region");
        Assert.Equal(region.Groups["id"].Value, region.Groups["caption"].Value);
    }

    [Fact]
    public async Task A_table_without_caption_gets_a_generic_name_and_a_pages_own_box_is_not_wrapped_twice()
    {
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var comites = (await organizer.Browser().GetAsync("/comite")).Html;
        var portrait = (await organizer.Browser().GetAsync("/portrait/demo")).Html;

        Assert.Matches("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tableau\">\\s*<table id=\"comites\">", comites);
        Assert.Matches("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-(labelledby|label)=\"[^\"]+\">\\s*<table>", portrait);
        Assert.DoesNotMatch("<div class=\"table-scroll\"[^>]*>\\s*<div class=\"table-scroll\"", portrait);
    }
}
