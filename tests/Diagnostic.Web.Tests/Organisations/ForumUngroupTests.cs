using System.Globalization;
using System.Net;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// Before the vote the organisatrice may take an enjeu back off a card or undo a card; once a vote has a card on its
/// ballot it stays as it is. Every forum step is audited with ids and counts, never what the tables wrote.
/// </summary>
public sealed class ForumUngroupTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task An_enjeu_taken_off_its_card_waits_again_and_the_card_keeps_the_others()
    {
        var (f, enjeux) = await ForumWithEnjeuxAsync("Logement trop cher", "Loyers qui montent", "Parcs mal éclairés");
        var card = await GroupAsync(f, "Logement", enjeux[0], enjeux[1], enjeux[2]);

        var page = await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Ungroup&enjeuId=" + enjeux[2]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = await factory.WithDbAsync(db => db.ForumEnjeux.AsNoTracking().Where(e => e.SeanceId == f.ForumId).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([card, card, null], rows.Select(e => e.CardId));
        var saved = await factory.WithDbAsync(db => db.CandidateTargets.AsNoTracking().SingleAsync(c => c.Id == card));
        Assert.Equal(("Logement", "Logement trop cher · Loyers qui montent"), (saved.Wording, saved.Description));
        // The enjeu is back among those to group.
        var group = page.Html[page.Html.IndexOf("id=\"group-form\"", StringComparison.Ordinal)..page.Html.IndexOf("id=\"cards\"", StringComparison.Ordinal)];
        Assert.Contains("Parcs mal éclairés", group);
        Assert.DoesNotContain("Loyers qui montent", group);
    }

    [Fact]
    public async Task Taking_the_last_enjeu_off_a_card_or_undoing_it_removes_the_card_and_frees_its_enjeux()
    {
        var (f, enjeux) = await ForumWithEnjeuxAsync("Transport le soir", "Autobus rares", "Pistes cyclables");
        var lone = await GroupAsync(f, "", enjeux[0]);
        var pair = await GroupAsync(f, "Transport", enjeux[1], enjeux[2]);

        await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Ungroup&enjeuId=" + enjeux[0]);
        var undone = await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Dissolve&cardId=" + pair);

        Assert.Equal(HttpStatusCode.OK, undone.Status);
        Assert.False(await factory.WithDbAsync(db => db.CandidateTargets.AnyAsync(c => c.Id == lone || c.Id == pair)));
        Assert.True(await factory.WithDbAsync(db => db.ForumEnjeux.Where(e => e.SeanceId == f.ForumId).AllAsync(e => e.CardId == null)));
        var entries = await AuditAsync(lone, pair);
        Assert.Equal(
            [
                (AuditActions.ForumGrouped, lone, $"seance={f.ForumId};enjeux=1"),
                (AuditActions.ForumGrouped, pair, $"seance={f.ForumId};enjeux=2"),
                (AuditActions.ForumUngrouped, lone, $"seance={f.ForumId};enjeu={enjeux[0]};card-undone=yes"),
                (AuditActions.ForumCardDissolved, pair, $"seance={f.ForumId};enjeux=2"),
            ],
            entries.Select(e => (e.Action, int.Parse(e.TargetId!, CultureInfo.InvariantCulture), e.Details)));
        Assert.All(entries, e => Assert.Equal((f.Comite.Organizer.UserId, "card"), (e.ActorUserId, e.TargetType)));
    }

    [Fact]
    public async Task A_card_on_a_vote_cannot_be_undone_nor_lose_an_enjeu_and_the_vote_is_audited()
    {
        var (f, enjeux) = await ForumWithEnjeuxAsync("Logement", "Sécurité");
        var first = await GroupAsync(f, "", enjeux[0]);
        await GroupAsync(f, "", enjeux[1]);
        await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Vote", ("Vote.Title", "Gommettes"), ("Vote.Kind", "PaperDots"), ("Vote.DotBudget", "1"));

        var dissolve = await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Dissolve&cardId=" + first);
        var ungroup = await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Ungroup&enjeuId=" + enjeux[0]);
        var board = await f.Comite.Organizer.Browser().GetAsync(f.Path);

        Assert.Equal(HttpStatusCode.BadRequest, dissolve.Status);
        Assert.Contains("La carte « Logement » est déjà soumise à un vote (ou retenue comme cible) : on ne peut plus la défaire ni en retirer un enjeu. Rien n’a été changé.", dissolve.Text);
        Assert.Equal(HttpStatusCode.BadRequest, ungroup.Status);
        Assert.Equal(first, await factory.WithDbAsync(db => db.ForumEnjeux.Where(e => e.Id == enjeux[0]).Select(e => e.CardId).SingleAsync()));
        Assert.DoesNotContain("handler=Dissolve", board.Html);
        var round = await factory.WithDbAsync(db => db.VotingRounds.Where(r => r.SeanceId == f.ForumId).Select(r => r.Id).SingleAsync());
        var vote = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ForumVoteOpened && e.TargetId == round.ToString()));
        Assert.Equal($"seance={f.ForumId};kind=paperdots;cards=2", vote.Details);
    }

    [Fact]
    public async Task Another_forums_card_an_enjeu_on_no_card_and_a_member_are_refused()
    {
        var (f, enjeux) = await ForumWithEnjeuxAsync("Logement");
        var (other, otherEnjeux) = await ForumWithEnjeuxAsync("Ailleurs");
        var otherCard = await GroupAsync(other, "", otherEnjeux[0]);

        var foreign = await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Dissolve&cardId=" + otherCard);
        var loose = await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Ungroup&enjeuId=" + enjeux[0]);
        var member = await ComiteWorld.PostAsync(other.Comite.Citizen, other.Path, "Dissolve&cardId=" + otherCard);

        Assert.Equal(HttpStatusCode.BadRequest, foreign.Status);
        Assert.Contains("Défaire la carte : ce n’est pas une carte de ce forum. Rien n’a été changé.", foreign.Text);
        Assert.Equal(HttpStatusCode.BadRequest, loose.Status);
        Assert.Contains("Retirer de la carte : cet enjeu n’est sur aucune carte de ce forum. Rien n’a été changé.", loose.Text);
        Assert.Equal(HttpStatusCode.Forbidden, member.Status);
        Assert.True(await factory.WithDbAsync(db => db.CandidateTargets.AnyAsync(c => c.Id == otherCard)));
    }

    [Fact]
    public async Task Opening_and_closing_the_tables_entry_is_audited_without_the_code()
    {
        var f = await ForumWorld.CreateAsync(factory);

        await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Open");
        var code = await factory.WithDbAsync(db => db.Seances.Where(s => s.Id == f.ForumId).Select(s => s.ForumCode!).SingleAsync());
        await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Close");

        var id = f.ForumId.ToString(CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.TargetType == "seance" && e.TargetId == id)
            .OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.ForumEntryOpened, AuditActions.ForumEntryClosed], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.DoesNotContain(code, e.Details ?? ""));
    }

    private async Task<(ForumWorld, List<int>)> ForumWithEnjeuxAsync(params string[] texts)
    {
        var f = await ForumWorld.CreateAsync(factory);
        var ids = await factory.WithDbAsync(async db =>
        {
            var rows = texts.Select(t => new ForumEnjeu { SeanceId = f.ForumId, Table = "Table 1", Text = t, CreatedAt = DateTimeOffset.UtcNow }).ToList();
            db.ForumEnjeux.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });
        return (f, ids);
    }

    /// <summary>Groups the enjeux into a card, which it returns.</summary>
    private async Task<int> GroupAsync(ForumWorld f, string wording, params int[] ids)
    {
        var page = await ComiteWorld.PostAsync(f.Comite.Organizer, f.Path, "Group", [("CardWording", wording), .. ids.Select(id => ("Selected", id.ToString()))]);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await factory.WithDbAsync(db => db.ForumEnjeux.Where(e => e.Id == ids[0]).Select(e => e.CardId!.Value).SingleAsync());
    }

    private Task<List<AuditEntry>> AuditAsync(params int[] cards)
    {
        var ids = cards.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList();
        return factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.TargetType == "card" && ids.Contains(e.TargetId!)).OrderBy(e => e.Id).ToListAsync());
    }
}
