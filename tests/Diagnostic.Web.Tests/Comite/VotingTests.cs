using System.Net;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>Ballots through the round page: accepted, replaced, and every refusal leaving the database as it was.</summary>
public sealed class VotingTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private Task<ComiteWorld> WorldAsync() => ComiteWorld.CreateAsync(factory);

    private static (string, string) Dots(int candidate, int dots) => ($"Dots[{candidate}]", dots.ToString());

    [Fact]
    public async Task A_member_places_dots_and_a_second_ballot_replaces_the_first_while_open()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.DotsRoundId);

        var first = await ComiteWorld.PostAsync(w.Citizen, path, "Dots", Dots(w.Candidates[0], 5));
        var second = await ComiteWorld.PostAsync(w.Citizen, path, "Dots", Dots(w.Candidates[1], 2), Dots(w.Candidates[2], 3));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("Votre bulletin est enregistré", second.Text);
        Assert.Contains("remplace votre bulletin", second.Text);
        Assert.Equal(1, await w.BallotCountAsync(w.DotsRoundId));
        var lines = await w.LinesAsync(w.DotsRoundId, w.Citizen);
        Assert.Equal([(w.Candidates[1], 2), (w.Candidates[2], 3)], lines.Select(l => (l.CandidateId, l.Dots)));
    }

    [Fact]
    public async Task A_ballot_over_the_dot_budget_is_refused_and_nothing_changes()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.DotsRoundId);
        await ComiteWorld.PostAsync(w.Citizen, path, "Dots", Dots(w.Candidates[0], 1));

        var page = await ComiteWorld.PostAsync(w.Citizen, path, "Dots", Dots(w.Candidates[0], 4), Dots(w.Candidates[1], 2));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Vous avez placé 6 pastilles; ce tour en permet 5.", page.Text.Replace('\u202F', ' '));
        var lines = await w.LinesAsync(w.DotsRoundId, w.Citizen);
        Assert.Equal([(w.Candidates[0], 1)], lines.Select(l => (l.CandidateId, l.Dots)));
    }

    [Fact]
    public async Task Negative_dots_are_refused_and_nothing_is_stored()
    {
        var w = await WorldAsync();

        var page = await ComiteWorld.PostAsync(w.Citizen, w.RoundPath(w.DotsRoundId), "Dots", Dots(w.Candidates[0], -2), Dots(w.Candidates[1], 3));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("ne peut pas être négatif", page.Text);
        Assert.Equal(0, await w.BallotCountAsync(w.DotsRoundId));
    }

    [Fact]
    public async Task A_ballot_for_a_closed_round_is_refused_and_nothing_is_stored()
    {
        var w = await WorldAsync();
        await w.CloseAsync(w.DotsRoundId);
        var browser = w.Citizen.Browser();
        var token = (await browser.GetAsync(w.RoundPath(w.CriteriaRoundId))).Token;

        var page = await browser.PostWithTokenAsync(w.RoundPath(w.DotsRoundId) + "?handler=Dots", token, Dots(w.Candidates[0], 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Ce tour de vote est fermé", page.Text);
        Assert.Equal(0, await w.BallotCountAsync(w.DotsRoundId));
    }

    [Fact]
    public async Task A_member_of_another_comite_cannot_see_or_vote_in_the_round()
    {
        var w = await WorldAsync();
        var browser = w.Outsider.Browser();
        var token = (await browser.GetAsync("/comite")).Token;

        var view = await browser.GetAsync(w.RoundPath(w.DotsRoundId));
        var vote = await browser.PostWithTokenAsync(w.RoundPath(w.DotsRoundId) + "?handler=Dots", token, Dots(w.Candidates[0], 1));

        Assert.Equal(HttpStatusCode.NotFound, view.Status);
        Assert.Equal(HttpStatusCode.NotFound, vote.Status);
        Assert.Equal(0, await w.BallotCountAsync(w.DotsRoundId));
    }

    [Fact]
    public async Task An_organisatrice_who_does_not_sit_on_the_comite_is_told_she_cannot_vote()
    {
        var w = await WorldAsync();

        var page = await ComiteWorld.PostAsync(w.Organizer, w.RoundPath(w.DotsRoundId), "Dots", Dots(w.Candidates[0], 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Vous ne siégez pas à ce comité", page.Text);
        Assert.Equal(0, await w.BallotCountAsync(w.DotsRoundId));
    }

    [Fact]
    public async Task A_score_outside_1_to_5_is_refused_with_its_target_and_criterion()
    {
        var w = await WorldAsync();
        var fields = w.Candidates.SelectMany(c => CriteriaFields(c, 3)).ToList();
        fields[1] = ($"Scores[{w.Candidates[0]}-Urgency]", "7");

        var page = await ComiteWorld.PostAsync(w.Citizen, w.RoundPath(w.CriteriaRoundId), "Criteria", [.. fields]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("« Logement » : la note Urgence doit être entre 1 et 5 (reçu 7).", page.Text.Replace('\u00A0', ' '));
        Assert.Equal(0, await w.BallotCountAsync(w.CriteriaRoundId));
    }

    [Fact]
    public async Task A_complete_criteria_ballot_is_stored_score_by_score()
    {
        var w = await WorldAsync();

        var page = await ComiteWorld.PostAsync(w.Community, w.RoundPath(w.CriteriaRoundId), "Criteria",
            [.. w.Candidates.SelectMany(c => CriteriaFields(c, 4))]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var lines = await w.LinesAsync(w.CriteriaRoundId, w.Community);
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal((4, 4, 4, 4, 4, 4), (l.Importance!.Value, l.Urgency!.Value, l.Feasibility!.Value, l.Mobilisation!.Value, l.Equity!.Value, l.Coherence!.Value)));
    }

    [Fact]
    public async Task Results_stay_hidden_until_the_round_closes_and_then_show_each_voter_type()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.DotsRoundId);
        await ComiteWorld.PostAsync(w.Citizen, path, "Dots", Dots(w.Candidates[1], 5));
        await ComiteWorld.PostAsync(w.Community, path, "Dots", Dots(w.Candidates[1], 1), Dots(w.Candidates[2], 4));

        var whileOpen = await w.Community.Browser().GetAsync(path);
        await ComiteWorld.PostAsync(w.Organizer, path, "Close");
        var closed = await w.Community.Browser().GetAsync(path);

        Assert.DoesNotContain("id=\"results\"", whileOpen.Html);
        Assert.DoesNotContain("Alice", whileOpen.Html);
        Assert.Contains("id=\"results\"", closed.Html);
        // By hand: Sécurité 5 (citoyen) + 1 (communautaire) = 6 dots, first; Loisirs 4 (communautaire) second; Logement 0.
        var rows = closed.Html[closed.Html.IndexOf("id=\"results\"", StringComparison.Ordinal)..];
        Assert.True(rows.IndexOf("Sécurité", StringComparison.Ordinal) < rows.IndexOf("Loisirs", StringComparison.Ordinal));
        Assert.Contains("Total, tous types", closed.Text);
        Assert.Contains("Citoyenne ou citoyen", closed.Text);
        Assert.Contains("Organisme communautaire", closed.Text);
    }

    [Fact]
    public async Task Aggregated_votes_export_keeps_voter_types_apart_and_never_lists_a_ballot()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.DotsRoundId);
        await ComiteWorld.PostAsync(w.Citizen, path, "Dots", Dots(w.Candidates[1], 5));
        await ComiteWorld.PostAsync(w.Community, path, "Dots", Dots(w.Candidates[1], 1));
        await w.CloseAsync(w.DotsRoundId);

        var csv = await w.Community.Client.GetStringAsync(path + "?handler=Csv");

        Assert.Contains("round;rank;candidate_order;candidate;voter_type;dots;supporters", csv);
        Assert.Contains("Tour Dots;1;2;Sécurité;citoyen;5;", csv);
        Assert.Contains("Tour Dots;1;2;Sécurité;communautaire;1;", csv);
        Assert.Contains("Tour Dots;1;2;Sécurité;ALL;6;2", csv);
        Assert.DoesNotContain("Alice", csv);
    }

    [Fact]
    public async Task Votes_export_neutralises_a_typed_candidate_wording_but_not_the_counts()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.DotsRoundId);
        await factory.WithDbAsync(async db =>
        {
            (await db.CandidateTargets.SingleAsync(c => c.Id == w.Candidates[1])).Wording = "+ de sécurité";
            return await db.SaveChangesAsync();
        });
        await ComiteWorld.PostAsync(w.Citizen, path, "Dots", Dots(w.Candidates[1], 5));
        await w.CloseAsync(w.DotsRoundId);

        var csv = await w.Community.Client.GetStringAsync(path + "?handler=Csv");

        Assert.Contains("Tour Dots;1;2;'+ de sécurité;citoyen;5;", csv);
        Assert.Contains("Tour Dots;1;2;'+ de sécurité;ALL;5;1", csv);
    }

    [Fact]
    public async Task Export_of_an_open_round_is_not_found()
    {
        var w = await WorldAsync();

        using var response = await w.Organizer.Client.GetAsync(w.RoundPath(w.DotsRoundId) + "?handler=Csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Criteria_results_show_the_weighted_composite_by_voter_type()
    {
        var w = await WorldAsync();
        var path = w.RoundPath(w.CriteriaRoundId);
        await ComiteWorld.PostAsync(w.Citizen, path, "Criteria", [.. w.Candidates.SelectMany(c => CriteriaFields(c, c == w.Candidates[1] ? 5 : 2))]);
        await ComiteWorld.PostAsync(w.Community, path, "Criteria", [.. w.Candidates.SelectMany(c => CriteriaFields(c, c == w.Candidates[1] ? 3 : 2))]);
        await w.CloseAsync(w.CriteriaRoundId);

        var page = await w.Citizen.Browser().GetAsync(path);
        var csv = await w.Citizen.Client.GetStringAsync(path + "?handler=Csv");

        // By hand (importance weighted 2, others 1; every criterion the same score so the composite is that score):
        // Sécurité citoyen 5, communautaire 3, all (5+3)/2 = 4; Logement and Loisirs 2 everywhere.
        Assert.Contains("Tour Criteria;1;2;Sécurité;citoyen;1;5;5;5;5;5;5;5", csv);
        Assert.Contains("Tour Criteria;1;2;Sécurité;communautaire;1;3;3;3;3;3;3;3", csv);
        Assert.Contains("Tour Criteria;1;2;Sécurité;ALL;2;4;4;4;4;4;4;4", csv);
        Assert.Contains("Tour Criteria;2;1;Logement;ALL;2;2;", csv);
        Assert.Contains("Composite, tous types", page.Text);
        Assert.Contains("4,00", page.Text);
    }

    private static IEnumerable<(string, string)> CriteriaFields(int candidate, int score) =>
        new[] { "Importance", "Urgency", "Feasibility", "Mobilisation", "Equity", "Coherence" }
            .Select(c => ($"Scores[{candidate}-{c}]", score.ToString()));
}
