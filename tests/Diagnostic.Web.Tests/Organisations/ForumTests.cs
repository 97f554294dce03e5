using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// The forum: tables key in enjeux with the séance's code (no account), the organisatrice groups them into cards,
/// a paper dot vote runs on the cards only, and the « Rapport du forum » gathers enjeux, cards and results.
/// </summary>
public sealed class ForumTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task Tables_key_in_enjeux_the_organisatrice_groups_them_the_dot_vote_runs_on_the_cards_and_the_report_gathers_all()
    {
        var f = await ForumWorld.CreateAsync(factory);
        var organizer = f.Comite.Organizer;
        await ComiteWorld.PostAsync(organizer, f.Path, "Open");
        var code = await factory.WithDbAsync(db => db.Seances.Where(s => s.Id == f.ForumId).Select(s => s.ForumCode!).SingleAsync());

        var one = await TableAsync(code.ToLowerInvariant()[..3] + " " + code[3..], "Table 1", "Logement trop cher", "", "Transport le soir");
        await TableAsync(code, "Table 2", "Loyers qui montent", "Parcs mal éclairés");
        var enjeux = await factory.WithDbAsync(db => db.ForumEnjeux.Where(e => e.SeanceId == f.ForumId).ToDictionaryAsync(e => e.Text, e => e.Id));
        await GroupAsync(f, "Logement", enjeux["Logement trop cher"], enjeux["Loyers qui montent"]);
        await GroupAsync(f, "", enjeux["Transport le soir"]);
        await GroupAsync(f, "Sécurité", enjeux["Parcs mal éclairés"]);
        var vote = await ComiteWorld.PostAsync(organizer, f.Path, "Vote", ("Vote.Title", "Gommettes"), ("Vote.Kind", "PaperDots"), ("Vote.DotBudget", "3"));
        var round = await factory.WithDbAsync(db => db.VotingRounds.Include(r => r.Candidates).ThenInclude(c => c.Candidate).SingleAsync(r => r.SeanceId == f.ForumId));
        var cards = round.Candidates.ToDictionary(c => c.Candidate!.Wording, c => c.CandidateId);
        await ComiteWorld.PostAsync(organizer, $"/comite/vote/{round.Id}", "Paper",
            ($"Paper[{cards["Logement"]}-all]", "31"), ($"Paper[{cards["Transport le soir"]}-all]", "12"), ($"Paper[{cards["Sécurité"]}-all]", "20"));
        await ComiteWorld.PostAsync(organizer, $"/comite/vote/{round.Id}", "Close");
        var report = await f.Comite.Citizen.Browser().GetAsync(f.Path + "/rapport");

        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Contains("Transport le soir", one.Text);
        Assert.Equal(4, enjeux.Count);
        Assert.Equal($"/comite/vote/{round.Id}", vote.Path);
        Assert.Equal(["Logement", "Sécurité", "Transport le soir"], cards.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(round.Candidates, c => f.Comite.Candidates.Contains(c.CandidateId));
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains("4 enjeu(x) nommé(s) par 2 table(s), regroupé(s) en 3 carte(s).", report.Text);
        foreach (var text in new[] { "Table 1", "Table 2", "Loyers qui montent", "Parcs mal éclairés" }) Assert.Contains(text, report.Text);
        var results = report.Html[report.Html.IndexOf("report-results", StringComparison.Ordinal)..];
        Assert.True(results.IndexOf("Logement", StringComparison.Ordinal) < results.IndexOf("Sécurité", StringComparison.Ordinal));
        Assert.True(results.IndexOf("Sécurité", StringComparison.Ordinal) < results.IndexOf("Transport le soir", StringComparison.Ordinal));
        Assert.Contains("<td>31</td>", results);
    }

    [Fact]
    public async Task A_wrong_code_a_closed_entry_and_an_over_long_enjeu_store_nothing()
    {
        var f = await ForumWorld.CreateAsync(factory);
        await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Open");
        var code = await factory.WithDbAsync(db => db.Seances.Where(s => s.Id == f.ForumId).Select(s => s.ForumCode!).SingleAsync());
        var table = new Respondent(factory.NewClient());

        var wrong = await table.PostAsync("/forum", ("Code", "ZZZZZZ"), ("Table", "Table 9"));
        await table.PostAsync("/forum", ("Code", code), ("Table", "Table 9"));
        var tooLong = await table.PostAsync("/forum/saisie", ("Enjeux[0]", "Correct"), ("Enjeux[1]", new string('x', 501)));
        await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Close");
        var closed = await table.GetAsync("/forum/saisie");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("Code du forum : ce code n’ouvre aucun forum en cours.", wrong.Text);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("Enjeu 2 : 500 caractères au plus. Rien n’a été envoyé.", tooLong.Text);
        Assert.Equal("/forum", closed.Path);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ForumEnjeux.CountAsync(e => e.SeanceId == f.ForumId)));
    }

    [Fact]
    public async Task A_member_reads_the_forum_but_may_not_open_its_entry_nor_group()
    {
        var f = await ForumWorld.CreateAsync(factory);

        var read = await f.Comite.Citizen.Browser().GetAsync(f.Path);
        var open = await ComiteWorld.PostAsync(f.Comite.Citizen, f.Path, "Open");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, open.Status);
        Assert.Null(await factory.WithDbAsync(db => db.Seances.Where(s => s.Id == f.ForumId).Select(s => s.ForumCode).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await f.Comite.Outsider.Browser().GetAsync(f.Path)).Status);
    }

    private async Task<Respondent.Page> TableAsync(string code, string name, params string[] lines)
    {
        var table = new Respondent(factory.NewClient());
        var entered = await table.PostAsync("/forum", ("Code", code), ("Table", name));
        Assert.Equal("/forum/saisie", entered.Path);
        return await table.PostWithTokenAsync("/forum/saisie", entered.Token, lines.Select((l, i) => ($"Enjeux[{i}]", l)).ToArray());
    }

    private static Task<Respondent.Page> GroupAsync(ForumWorld f, string wording, params int[] ids) =>
        ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Group", [("CardWording", wording), .. ids.Select(id => ("Selected", id.ToString()))]);
}
