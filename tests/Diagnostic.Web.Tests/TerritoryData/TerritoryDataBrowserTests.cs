using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.TerritoryData;

/// <summary>The demo's map, indicators, representativeness and weighted switch on a 390 px phone: no sideways scroll, no CSP or console problem.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TerritoryDataBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Map_and_secteur_data_read_on_a_phone()
    {
        await using var session = await browser.NewSessionAsync(Viewports.Phone);
        var page = session.Page;

        await session.GotoAsync("/portrait/demo?carte=dimension:liens_sociaux");
        var map = page.Locator("#carte .map-svg svg");
        await Expect(map).ToBeVisibleAsync();
        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 200 } && box.Width <= 390, $"map is {box?.Width}px wide on a 390px screen");
        await AssertNoSidewaysScrollAsync(page);

        var code = DemoTerritory.Neighbourhoods.MaxBy(n => n.Population).Code;
        await session.GotoAsync($"/portrait/demo/quartier/{code}?pondere=1");
        await Expect(page.Locator(".representativeness svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#weighted-scores")).ToBeVisibleAsync();
        await Expect(page.Locator(".indicators-table")).ToBeVisibleAsync();
        await session.ScreenshotAsync("phone-secteur-territory-data");
        await AssertNoSidewaysScrollAsync(page);
        session.AssertNoProblems();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= page.ViewportSize!.Width, $"page scrolls sideways: {width}px on {page.ViewportSize.Width}px");
    }
}
