using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Rounds;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Forum;

/// <summary>What the forum page and the « Rapport du forum » show: enjeux by table, the cards with their enjeux, the votes.</summary>
public sealed record ForumBoard(
    IReadOnlyList<ForumEnjeu> Enjeux, IReadOnlyList<CandidateTarget> Cards, IReadOnlyList<ForumBoard.Vote> Votes)
{
    public sealed record Vote(VotingRound Round, RoundTally? Tally, IReadOnlyList<CandidateTarget> Candidates);

    public IEnumerable<IGrouping<string, ForumEnjeu>> ByTable => Enjeux.GroupBy(e => e.Table).OrderBy(g => g.Key, StringComparer.CurrentCulture);

    public IReadOnlyList<ForumEnjeu> Ungrouped => Enjeux.Where(e => e.CardId is null).ToList();

    public IReadOnlyList<ForumEnjeu> On(CandidateTarget card) => Enjeux.Where(e => e.CardId == card.Id).ToList();

    /// <summary>A card some vote put on its ballot: it can no longer be undone nor lose an enjeu.</summary>
    public bool IsVoted(CandidateTarget card) => Votes.Any(v => v.Candidates.Any(c => c.Id == card.Id));

    /// <summary>Results are counted for closed rounds only: an open round's tally stays secret, as on the round page.</summary>
    public static async Task<ForumBoard> LoadAsync(
        DiagnosticDbContext db, RoundLoader loader, RoundResults results, int seanceId, CancellationToken cancellationToken)
    {
        var enjeux = await db.ForumEnjeux.AsNoTracking().Where(e => e.SeanceId == seanceId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var cards = await db.CandidateTargets.AsNoTracking().Where(c => c.SeanceId == seanceId && c.Origin == CandidateOrigin.Enjeu)
            .OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var roundIds = await db.VotingRounds.AsNoTracking().Where(r => r.SeanceId == seanceId).OrderBy(r => r.Id).Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var votes = new List<Vote>();
        foreach (var id in roundIds)
        {
            var round = (await loader.FindAsync(id, cancellationToken))!;
            var tally = round.IsOpen ? null : await results.CountAsync(round, cancellationToken);
            votes.Add(new Vote(round, tally, RoundLoader.Candidates(round)));
        }
        return new ForumBoard(enjeux, cards, votes);
    }
}
