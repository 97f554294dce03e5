using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Portraits.Disclosure;

/// <summary>The disclosure reading of <see cref="DisclosureTests"/> on every public portrait of the demo (citizens and partners).</summary>
public sealed class DemoDisclosureTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task No_demo_portrait_gives_back_a_hidden_respondent_count()
    {
        await factory.NewClient().GetAsync("/");
        var codes = await factory.WithDbAsync(db => db.Collectes.AsNoTracking()
            .Where(c => c.PortraitPublic && db.Responses.Any(r => r.CollecteId == c.Id && r.Status == ResponseStatus.Submitted))
            .Select(c => c.PublicCode).ToListAsync());
        Assert.Contains("demo", codes);
        Assert.Contains("demo-partenaires", codes);

        var hiddenSomewhere = false;
        foreach (var code in codes)
        {
            var facts = await PortraitFacts.LoadAsync(factory, code);
            var reader = new PortraitReader(factory.NewClient(), facts);
            await reader.ReadAllAsync();

            DisclosureTests.None(reader.Problems);
            DisclosureTests.None(reader.Observations.Conflicts);
            DisclosureTests.None(reader.Observations.Subtractions(facts.Neighbourhoods));
            // Not checked here: DisclosureTests.Echoes. Each figure picks its own complement (src/Diagnostic.Core/Analysis/README.md), so where
            // a figure's complement is another neighbourhood, the respondent count's complement shows that figure, and
            // its n can equal its hidden respondent count (christ-roi: 5 in the demo). Left to a decision on the rule.
            var respondents = reader.Observations.Of($"{facts.Audience}|respondents");
            foreach (var (neighbourhood, n) in facts.Respondents)
                Assert.True(respondents[neighbourhood] is null || respondents[neighbourhood] == n, $"{code}: {neighbourhood} reads {respondents[neighbourhood]}, has {n}");
            hiddenSomewhere |= respondents.Values.Any(v => v is null);
        }
        // The demo's partners are few: some of their counts are hidden, so the reading above had something to find.
        Assert.True(hiddenSomewhere);
    }
}
