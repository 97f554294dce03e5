using Diagnostic.Core.Comite;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>
/// A comité on the test city with two members (a citizen and a community organisation), an open year with a séance,
/// three enjeux as candidates and one open round of each kind; plus a second comité whose member must never vote here.
/// </summary>
public sealed record ComiteWorld(
    DiagnosticWebFactory Factory,
    int ComiteId,
    int CycleId,
    int SeanceId,
    IReadOnlyList<int> Candidates,
    int DotsRoundId,
    int CriteriaRoundId,
    int PaperRoundId,
    SignedInClient Citizen,
    SignedInClient Community,
    SignedInClient Outsider,
    SignedInClient Organizer)
{
    public const int Budget = 5;

    public static async Task<ComiteWorld> CreateAsync(DiagnosticWebFactory factory)
    {
        await factory.SeedAsync();
        var citizen = await factory.SignInAsAsync(Roles.Committee);
        var community = await factory.SignInAsAsync(Roles.Committee);
        var outsider = await factory.SignInAsAsync(Roles.Committee);
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var ids = await factory.WithDbAsync(async db =>
        {
            var city = await db.Territories.SingleAsync(t => t.Code == "ville");
            var comite = NewComite("Comité Ville-Test", city.Id);
            var other = NewComite("Autre comité", city.Id);
            db.Comites.AddRange(comite, other);
            await db.SaveChangesAsync();
            Member(comite, citizen, "citoyen", "Alice", "");
            Member(comite, community, "communautaire", "Béa", "Maison de quartier");
            Member(other, outsider, "citoyen", "Oscar", "");
            var cycle = new ComiteCycle { ComiteId = comite.Id, YearLabel = "2026-2027" };
            var seance = new Seance { Cycle = cycle, Date = new DateOnly(2026, 10, 1), Kind = SeanceKind.Comite, Title = "Priorisation" };
            var candidates = new[] { "Logement", "Sécurité", "Loisirs" }
                .Select((w, i) => new CandidateTarget { Cycle = cycle, Order = i + 1, Origin = CandidateOrigin.Enjeu, Wording = w }).ToList();
            db.AddRange(cycle, seance);
            db.CandidateTargets.AddRange(candidates);
            var rounds = new[] { VotingRoundKind.Dots, VotingRoundKind.Criteria, VotingRoundKind.PaperDots }
                .Select(k => Round(seance, k, candidates)).ToList();
            db.VotingRounds.AddRange(rounds);
            await db.SaveChangesAsync();
            return (comite.Id, cycle.Id, seance.Id, candidates.Select(c => c.Id).ToList(), rounds.Select(r => r.Id).ToList());
        });
        return new ComiteWorld(factory, ids.Item1, ids.Item2, ids.Item3, ids.Item4, ids.Item5[0], ids.Item5[1], ids.Item5[2],
            citizen, community, outsider, organizer);
    }

    private static Data.Entities.Comite NewComite(string name, int territoryId)
    {
        var comite = new Data.Entities.Comite { Name = name, TerritoryId = territoryId };
        comite.VoterTypes.AddRange(VoterTypeDefaults.All.Select((t, i) => new ComiteVoterType { Code = t.Code, Name = t.French, Order = i }));
        return comite;
    }

    private static void Member(Data.Entities.Comite comite, SignedInClient user, string type, string name, string organisation) =>
        comite.Members.Add(new ComiteMember
        {
            UserId = user.UserId,
            DisplayName = name,
            OrganisationName = organisation,
            VoterTypeId = comite.VoterTypes.Single(t => t.Code == type).Id,
        });

    private static VotingRound Round(Seance seance, VotingRoundKind kind, IEnumerable<CandidateTarget> candidates)
    {
        var round = new VotingRound
        {
            Seance = seance,
            Title = "Tour " + kind,
            Kind = kind,
            DotBudget = kind == VotingRoundKind.Dots ? Budget : null,
            WeightImportance = 2,
        };
        round.Candidates.AddRange(candidates.Select(c => new VotingRoundCandidate { Candidate = c }));
        return round;
    }

    /// <summary>Posts a form of a page to one of its handlers, with the antiforgery token read from the page.</summary>
    public static async Task<Respondent.Page> PostAsync(SignedInClient user, string path, string handler, params (string, string)[] fields)
    {
        var browser = user.Browser();
        var page = await browser.GetAsync(path);
        return await browser.PostWithTokenAsync(path + "?handler=" + handler, page.Token, fields);
    }

    public Task<int> BallotCountAsync(int roundId) => Factory.WithDbAsync(db => db.Ballots.CountAsync(b => b.RoundId == roundId));

    public Task<List<BallotLine>> LinesAsync(int roundId, SignedInClient user) => Factory.WithDbAsync(db =>
        db.BallotLines.Where(l => l.Ballot!.RoundId == roundId && l.Ballot.Member!.UserId == user.UserId).OrderBy(l => l.CandidateId).ToListAsync());

    public string RoundPath(int roundId) => $"/comite/vote/{roundId}";

    public Task CloseAsync(int roundId) => Factory.WithDbAsync(async db =>
    {
        var round = await db.VotingRounds.SingleAsync(r => r.Id == roundId);
        round.Status = VotingRoundStatus.Closed;
        round.ClosedAt = DateTimeOffset.UtcNow;
        return await db.SaveChangesAsync();
    });
}
