using Diagnostic.Core.Comite;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Browser;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diagnostic.Web.Tests.Comite;

[Collection(BrowserCollection.Name)]
public sealed class ComiteBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Two_members_vote_with_dots_and_the_comite_records_its_targets()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var alice = $"alice-{suffix}@test.local";
        var bruno = $"bruno-{suffix}@test.local";
        var organizer = $"oc-{suffix}@test.local";
        var (cycleId, roundId) = await SeedAsync(suffix, alice, bruno, organizer);

        await VoteAsync(alice, roundId, ("Logement " + suffix, "3"));
        await VoteAsync(bruno, roundId, ("Logement " + suffix, "1"), ("Loisirs " + suffix, "2"));

        await using (var oc = await SignedInAsync(organizer))
        {
            await oc.GotoAsync($"/comite/vote/{roundId}");
            await Expect(oc.Page.Locator("#ballot-count")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Votes reçus\s*:\s*2\b"));
            await oc.Page.GetByRole(AriaRole.Button, new() { Name = "Fermer le tour et afficher les résultats" }).ClickAsync();
            await Expect(oc.Page.Locator("#results tbody tr").First).ToContainTextAsync("Logement " + suffix);
            await oc.ScreenshotAsync("results");
            oc.AssertNoProblems();
        }

        await using var member = await SignedInAsync(alice);
        var page = member.Page;
        await member.GotoAsync($"/comite/annee/{cycleId}/cibles");
        await page.GetByLabel("Cible candidate d’origine").SelectOptionAsync(new SelectOptionValue { Label = "Logement " + suffix });
        await page.GetByLabel("Énoncé", new() { Exact = true }).FillAsync("Plus de logements abordables");
        await page.GetByLabel("Horizon").FillAsync("2026-2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner la cible" }).ClickAsync();
        await Expect(page.Locator("#targets tbody")).ToContainTextAsync("Plus de logements abordables");
        await Expect(page.Locator("#count-warning")).ToBeVisibleAsync();
        await member.ScreenshotAsync("targets");
        member.AssertNoProblems();
        var stored = await browser.QueryAsync(db => db.ChosenTargets.Where(t => t.CycleId == cycleId).Select(t => t.Wording).ToListAsync());
        Assert.Equal(["Plus de logements abordables"], stored);
    }

    private async Task VoteAsync(string email, int roundId, params (string Candidate, string Dots)[] dots)
    {
        await using var session = await SignedInAsync(email);
        await session.GotoAsync($"/comite/vote/{roundId}");
        await Expect(session.Page.Locator("#secret-note")).ToBeVisibleAsync();
        foreach (var (candidate, count) in dots)
            await session.Page.GetByLabel(candidate).FillAsync(count);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon bulletin" }).ClickAsync();
        await Expect(session.Page.Locator("#saved")).ToBeVisibleAsync();
        session.AssertNoProblems();
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = await browser.NewSessionAsync(Viewports.Desktop);
        await session.GotoAsync("/connexion");
        await session.Page.Locator("#email").FillAsync(email);
        await session.Page.Locator("#password").FillAsync(SignInExtensions.Password);
        await session.Page.Locator("form.stack button[type=submit]").ClickAsync();
        await session.Page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        return session;
    }

    private async Task<(int CycleId, int RoundId)> SeedAsync(string suffix, string alice, string bruno, string organizer)
    {
        var aliceId = await browser.App.CreateUserAsync(alice, Roles.Committee);
        var brunoId = await browser.App.CreateUserAsync(bruno, Roles.Committee);
        await browser.App.CreateUserAsync(organizer, Roles.Organizer);
        return await browser.App.WithDbAsync(async db =>
        {
            var territory = await db.Territories.OrderBy(t => t.Id).FirstAsync(t => t.Level != TerritoryLevel.Neighbourhood);
            var comite = new Data.Entities.Comite { Name = "Comité " + suffix, TerritoryId = territory.Id };
            comite.VoterTypes.AddRange(VoterTypeDefaults.All.Select((t, i) => new ComiteVoterType { Code = t.Code, Name = t.French, Order = i }));
            db.Comites.Add(comite);
            await db.SaveChangesAsync();
            comite.Members.Add(new ComiteMember { UserId = aliceId, DisplayName = "Alice", VoterTypeId = comite.VoterTypes[0].Id });
            comite.Members.Add(new ComiteMember { UserId = brunoId, DisplayName = "Bruno", OrganisationName = "CDC", VoterTypeId = comite.VoterTypes[1].Id });
            var cycle = new ComiteCycle { ComiteId = comite.Id, YearLabel = "2026-2027" };
            var seance = new Seance { Cycle = cycle, Date = new DateOnly(2026, 10, 1), Kind = SeanceKind.Comite, Title = "Priorisation" };
            var candidates = new[] { "Logement", "Sécurité", "Loisirs" }
                .Select((w, i) => new CandidateTarget { Cycle = cycle, Order = i + 1, Origin = CandidateOrigin.Enjeu, Wording = w + " " + suffix }).ToList();
            var round = new VotingRound { Seance = seance, Title = "Gommettes", Kind = VotingRoundKind.Dots, DotBudget = 3 };
            round.Candidates.AddRange(candidates.Select(c => new VotingRoundCandidate { Candidate = c }));
            db.AddRange(cycle, seance, round);
            db.CandidateTargets.AddRange(candidates);
            await db.SaveChangesAsync();
            return (cycle.Id, round.Id);
        });
    }
}
