using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Questionnaires;
using Diagnostic.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Portraits;

[Collection(BrowserCollection.Name)]
public sealed class PortraitBrowserTests(BrowserFixture browser)
{
    public static readonly TheoryData<string> Sizes = new() { "phone", "desktop" };

    private const string Code = "portrait-navigateur";

    /// <summary>A closed, public copy of the demo collecte with 600 synthetic answers, so every neighbourhood has figures.</summary>
    private Task SeedAsync() => browser.App.WithDbAsync(async db =>
    {
        if (await db.Collectes.AnyAsync(s => s.PublicCode == Code)) return 0;
        var demo = await db.Collectes.Include(s => s.Snapshot).Include(s => s.Neighbourhoods)
            .SingleAsync(s => s.PublicCode == DemoSeeder.CitizenCode);
        var collecte = new Collecte
        {
            PublicCode = Code, Name = "Collecte 2025 — Shawinigan", TerritoryId = demo.TerritoryId, SnapshotId = demo.SnapshotId,
            Audience = demo.Audience, Status = CollecteStatus.Closed, PortraitPublic = true,
            Neighbourhoods = demo.Neighbourhoods.Select(n => new CollecteNeighbourhood { TerritoryId = n.TerritoryId }).ToList(),
        };
        db.Collectes.Add(collecte);
        await db.SaveChangesAsync();
        var questionnaire = browser.App.Services.GetRequiredService<SnapshotQuestionnaires>().Get(demo.Snapshot!);
        DemoResponses.Add(db, collecte, questionnaire, 600, 4242, DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    });

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task A_neighbourhood_portrait_of_the_demo_reads_on_a_phone_and_a_desktop(string size)
    {
        await using var session = await browser.NewSessionAsync(size == "phone" ? Viewports.Phone : Viewports.Desktop);
        var page = session.Page;

        await SeedAsync();
        var largest = DemoTerritory.Neighbourhoods.MaxBy(n => n.Population).Name;
        await session.GotoAsync($"/portrait/{Code}");
        await Expect(page.Locator(".chart-image:visible")).ToHaveCountAsync(1); // the heatmap, in the drawing for this screen
        await session.ScreenshotAsync(size + "-overview");
        await page.Locator(".neighbourhood-list").GetByRole(AriaRole.Link, new() { Name = largest, Exact = true }).ClickAsync();

        await Expect(page.Locator("#page-title")).ToHaveTextAsync(largest);
        // The browser picks the drawing made for its column: 360 px on a phone, 720 on a desktop.
        var shown = page.Locator(".chart-image").First;
        await Expect(shown).ToBeVisibleAsync();
        await shown.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('.chart-image'); return i.complete && i.naturalWidth > 0; }");
        var source = await shown.EvaluateAsync<string>("i => i.currentSrc");
        Assert.Contains(size == "phone" ? "largeur=360" : "largeur=720", source);
        var box = await shown.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width <= page.ViewportSize!.Width, $"chart is {box.Width}px wide on a {page.ViewportSize.Width}px screen");
        Assert.True(box.Height > 100);
        await Expect(page.GetByText("Forces et défis").First).ToBeVisibleAsync();
        await session.ScreenshotAsync(size);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= page.ViewportSize.Width, $"page scrolls sideways: {width}px on {page.ViewportSize.Width}px");
        session.AssertNoProblems();
    }
}
