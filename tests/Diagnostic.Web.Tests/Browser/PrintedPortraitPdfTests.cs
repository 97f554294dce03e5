using System.Text;
using System.Text.RegularExpressions;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>
/// Issue 13: the demo's printable portrait, printed to PDF by Chromium on Letter paper, takes about two pages per
/// neighbourhood (at most three per neighbourhood shown, one per hidden one, three for the cover and the territory;
/// it took 101 pages for 6 neighbourhoods with every item chart). Its drawings load with the page, never lazily,
/// or paper would get blank boxes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrintedPortraitPdfTests(BrowserFixture browser)
{
    private const int PagesPerShownNeighbourhood = 3;
    private const int PagesForCoverAndTerritory = 3;

    [Fact]
    public async Task The_demo_printed_portrait_takes_at_most_three_Letter_pages_per_shown_neighbourhood_with_every_drawing_loaded()
    {
        await using var session = await browser.NewSessionAsync(Viewports.Desktop);
        // The first reader builds the copy and its drawings on a shared machine: more than the usual 15 s.
        session.Page.SetDefaultNavigationTimeout(60_000);
        session.Page.SetDefaultTimeout(60_000);
        await session.GotoAsync("/portrait/demo/imprimer");

        var page = session.Page;
        var images = await page.Locator(".print-document img").AllAsync();
        Assert.NotEmpty(images);
        foreach (var image in images) Assert.Null(await image.GetAttributeAsync("loading"));
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        var sections = await page.Locator("section.portrait-section[id^='q-']").CountAsync();
        // A shown neighbourhood has its key figures and score chart; a hidden one only says why.
        var shown = await page.Locator("section.portrait-section[id^='q-'] .key-figures").CountAsync();
        Assert.True(shown >= 3, $"the demo shows {shown} neighbourhoods of {sections}");
        Assert.Equal(shown, await page.Locator("section.portrait-section[id^='q-'] .print-pair figure.chart").CountAsync());

        var pdf = await page.PdfAsync(new() { Format = "Letter", PrintBackground = true });
        var pages = PageCount(pdf);

        var most = PagesPerShownNeighbourhood * shown + (sections - shown) + PagesForCoverAndTerritory;
        Assert.True(pages <= most, $"{pages} Letter pages for {shown} shown neighbourhoods of {sections} (at most {most})");
        Assert.True(pages >= sections + 1, $"{pages} pages: each neighbourhood starts a page, after the cover");
        session.AssertNoProblems();
    }

    /// <summary>Pages of a PDF written by Chromium: its page objects (« /Type /Page », not the « /Type /Pages » tree).</summary>
    private static int PageCount(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
