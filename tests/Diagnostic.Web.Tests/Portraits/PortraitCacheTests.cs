using Diagnostic.Data;
using Diagnostic.Web.Pages.Portraits;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Portraits;

public sealed class PortraitCacheTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private async Task<CachedPortrait> CurrentAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var stamp = await PortraitCache.StampAsync(db, DiagnosticWebFactory.OpenCode, default);
        return await factory.Services.GetRequiredService<PortraitCache>().GetAsync(stamp!, default);
    }

    [Fact]
    public async Task The_portrait_is_computed_once_and_refreshed_when_a_new_answer_is_submitted()
    {
        await PortraitData.SeedAsync(factory);
        var client = factory.NewClient();
        var before = await client.GetStringAsync("/portrait/test");
        var first = await CurrentAsync();

        Assert.Same(first, await CurrentAsync());
        Assert.Contains("55 personnes ont répondu.", before);

        await PortraitData.AddAsync(factory, "sud", "35+", "4");
        var after = await client.GetStringAsync("/portrait/test");

        Assert.Contains("56 personnes ont répondu.", after);
        Assert.NotSame(first, await CurrentAsync());
        Assert.Equal(56, (await CurrentAsync()).Stamp.Submitted);
    }

    [Fact]
    public async Task A_citizen_who_submits_sees_the_link_to_the_public_portrait()
    {
        await PortraitData.SeedAsync(factory);
        var person = new Respondent(factory.NewClient());

        var thanks = await person.CompleteAsync();
        var home = await person.GetAsync("/");

        Assert.Contains("Voir le portrait", thanks.Text);
        Assert.Contains("href=\"/portrait/test\"", thanks.Html);
        Assert.Contains("href=\"/portrait/test\"", home.Html);
    }
}
