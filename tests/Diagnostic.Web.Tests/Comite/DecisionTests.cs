using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>Recording the year's targets, paper dots, second rounds and a closed year, through the pages.</summary>
public sealed class DecisionTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private Task<ComiteWorld> WorldAsync() => ComiteWorld.CreateAsync(factory);

    private static string TargetsPath(ComiteWorld w) => $"/comite/annee/{w.CycleId}/cibles";

    private Task<List<ChosenTarget>> TargetsAsync(ComiteWorld w) =>
        factory.WithDbAsync(db => db.ChosenTargets.Where(t => t.CycleId == w.CycleId).OrderBy(t => t.Order).ToListAsync());

    [Fact]
    public async Task Following_the_ranking_records_the_target_and_warns_below_three()
    {
        var w = await WorldAsync();

        var page = await ComiteWorld.PostAsync(w.Citizen, TargetsPath(w), "",
            ("Target.CandidateId", w.Candidates[0].ToString()), ("Target.Wording", "Plus de logements"),
            ("Target.Neighbourhoods", "nord, sud"), ("Target.Direction", "Increase"), ("Target.TargetValue", "3,5"), ("Target.Horizon", "2026-2027"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("1 cible(s) retenue(s)", page.Text.Replace('\u00A0', ' '));
        var target = Assert.Single(await TargetsAsync(w));
        Assert.Equal(["nord", "sud"], target.Neighbourhoods);
        Assert.Equal(3.5, target.TargetValue);
        Assert.Null(target.DepartureReason);
    }

    [Fact]
    public async Task Departing_from_the_ranking_without_a_reason_is_refused_and_nothing_is_recorded()
    {
        var w = await WorldAsync();

        // No round closed: the ranking is the candidates' order, so choosing the third first departs from it.
        var refused = await ComiteWorld.PostAsync(w.Citizen, TargetsPath(w), "",
            ("Target.CandidateId", w.Candidates[2].ToString()), ("Target.Wording", "Loisirs pour ados"), ("Target.Neighbourhoods", "ALL"));
        var accepted = await ComiteWorld.PostAsync(w.Citizen, TargetsPath(w), "",
            ("Target.CandidateId", w.Candidates[2].ToString()), ("Target.Wording", "Loisirs pour ados"), ("Target.Neighbourhoods", "ALL"),
            ("Target.DepartureReason", "Deux partenaires portent déjà un projet"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Cette cible s’écarte du classement", refused.Text);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal("Deux partenaires portent déjà un projet", Assert.Single(await TargetsAsync(w)).DepartureReason);
    }

    [Fact]
    public async Task Targets_export_lists_each_target_in_excel_fr_csv()
    {
        var w = await WorldAsync();
        await ComiteWorld.PostAsync(w.Citizen, TargetsPath(w), "",
            ("Target.CandidateId", w.Candidates[0].ToString()), ("Target.Wording", "Plus de logements"), ("Target.Neighbourhoods", "ALL"),
            ("Target.TargetValue", "3,5"));

        var csv = await w.Community.Client.GetStringAsync(TargetsPath(w) + "?handler=Csv");

        Assert.StartsWith("\uFEFFyear;order;wording;neighbourhoods;candidate;", csv);
        Assert.Contains("2026-2027;1;Plus de logements;ALL;Logement;;;;;;;;;3,5;;", csv);
    }

    [Fact]
    public async Task Targets_export_neutralises_the_typed_wording_and_horizon_but_not_the_target_value()
    {
        var w = await WorldAsync();
        await ComiteWorld.PostAsync(w.Citizen, TargetsPath(w), "",
            ("Target.CandidateId", w.Candidates[0].ToString()), ("Target.Wording", "=1+1"), ("Target.Neighbourhoods", "ALL"),
            ("Target.Direction", "Decrease"), ("Target.TargetValue", "-3,5"), ("Target.Horizon", "+2 ans"));

        var csv = await w.Community.Client.GetStringAsync(TargetsPath(w) + "?handler=Csv");

        Assert.Contains("\r\n2026-2027;1;'=1+1;ALL;Logement;;;;;;;;decrease;-3,5;'+2 ans;\r\n", csv);
    }

    [Fact]
    public async Task A_closed_year_refuses_targets_ballots_and_seances_and_changes_nothing()
    {
        var w = await WorldAsync();
        await ComiteWorld.PostAsync(w.Organizer, $"/comite/annee/{w.CycleId}", "Close");

        var target = await ComiteWorld.PostAsync(w.Citizen, TargetsPath(w), "",
            ("Target.CandidateId", w.Candidates[0].ToString()), ("Target.Wording", "Trop tard"), ("Target.Neighbourhoods", "ALL"));
        var ballot = await ComiteWorld.PostAsync(w.Citizen, w.RoundPath(w.DotsRoundId), "Dots", ($"Dots[{w.Candidates[0]}]", "1"));
        var seance = await ComiteWorld.PostAsync(w.Organizer, $"/comite/annee/{w.CycleId}", "Seance",
            ("SeanceDate", "2027-05-01"), ("SeanceKind", "Forum"), ("SeanceTitle", "Bilan"));

        // One rule, one answer: 409 and the same words, whichever page was asked to change the closed year.
        foreach (var refused in new[] { target, ballot, seance })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.Status);
            Assert.Contains("Cette année est fermée", refused.Text);
        }
        Assert.Empty(await TargetsAsync(w));
        Assert.Equal(0, await w.BallotCountAsync(w.DotsRoundId));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Seances.CountAsync(s => s.CycleId == w.CycleId)));
    }

    [Fact]
    public async Task Another_comites_closed_year_stays_not_found_rather_than_closed()
    {
        var w = await WorldAsync();
        await ComiteWorld.PostAsync(w.Organizer, $"/comite/annee/{w.CycleId}", "Close");
        var outsider = w.Outsider.Browser();
        var token = (await outsider.GetAsync("/comite")).Token; // a valid token of hers, from a page she may open

        var target = await outsider.PostWithTokenAsync(TargetsPath(w), token, ("Target.Wording", "x"));
        var ballot = await outsider.PostWithTokenAsync(w.RoundPath(w.DotsRoundId) + "?handler=Dots", token);

        Assert.Equal(HttpStatusCode.NotFound, target.Status);
        Assert.Equal(HttpStatusCode.NotFound, ballot.Status);
    }

    [Fact]
    public async Task Paper_dots_are_keyed_per_voter_type_and_negative_counts_are_refused()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.PaperRoundId);
        var citoyen = await factory.WithDbAsync(db => db.ComiteVoterTypes.SingleAsync(t => t.ComiteId == w.ComiteId && t.Code == "citoyen"));

        var refused = await ComiteWorld.PostAsync(w.Organizer, path, "Paper", ($"Paper[{w.Candidates[0]}-{citoyen.Id}]", "-4"));
        var saved = await ComiteWorld.PostAsync(w.Organizer, path, "Paper",
            ($"Paper[{w.Candidates[0]}-{citoyen.Id}]", "12"), ($"Paper[{w.Candidates[1]}-all]", "7"));
        var byMember = await ComiteWorld.PostAsync(w.Citizen, path, "Paper", ($"Paper[{w.Candidates[0]}-all]", "99"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("ne peut pas être négatif", refused.Text);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.Status);
        var counts = await factory.WithDbAsync(db => db.PaperDotCounts.Where(p => p.RoundId == w.PaperRoundId)
            .OrderBy(p => p.CandidateId).Select(p => new { p.CandidateId, p.VoterTypeId, p.Dots, p.KeyedByUserId }).ToListAsync());
        Assert.Equal(2, counts.Count);
        Assert.Equal((w.Candidates[0], (int?)citoyen.Id, 12), (counts[0].CandidateId, counts[0].VoterTypeId, counts[0].Dots));
        Assert.Equal((w.Candidates[1], (int?)null, 7), (counts[1].CandidateId, counts[1].VoterTypeId, counts[1].Dots));
        Assert.Equal(w.Organizer.UserId, counts[0].KeyedByUserId);
    }

    [Fact]
    public async Task A_second_round_takes_the_leaders_and_those_tied_with_the_last()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.DotsRoundId);
        await ComiteWorld.PostAsync(w.Citizen, path, "Dots", ($"Dots[{w.Candidates[0]}]", "3"), ($"Dots[{w.Candidates[1]}]", "2"));
        await ComiteWorld.PostAsync(w.Community, path, "Dots", ($"Dots[{w.Candidates[0]}]", "3"), ($"Dots[{w.Candidates[2]}]", "2"));
        await ComiteWorld.PostAsync(w.Organizer, path, "Close");

        // By hand: Logement 6, Sécurité 2, Loisirs 2 → top 2 is Logement and Sécurité, and Loisirs is tied with Sécurité.
        var next = await ComiteWorld.PostAsync(w.Organizer, path, "SecondRound",
            ("LeaderCount", "2"), ("Next.Title", "Second tour"), ("Next.Kind", "Dots"), ("Next.DotBudget", "2"));

        Assert.Equal(HttpStatusCode.OK, next.Status);
        var round = await factory.WithDbAsync(db => db.VotingRounds.Include(r => r.Candidates).SingleAsync(r => r.PreviousRoundId == w.DotsRoundId));
        Assert.Equal(w.Candidates.Order(), round.Candidates.Select(c => c.CandidateId).Order());
        Assert.Equal(2, round.DotBudget);
    }
}
