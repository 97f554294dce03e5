using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Candidates;
using Diagnostic.Web.Pages.Comite.Organisations;
using Diagnostic.Web.Pages.Comite.Rounds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Forum;

/// <summary>
/// The forum's loop: the organisatrice opens the entry (a code), tables key in the enjeux they named, she groups them
/// into issue cards (candidates of the year, through CandidateImport) and opens the dot vote, online or on paper, on
/// those cards only. Each step refuses a bad field by name and stores nothing then.
/// </summary>
public sealed class ForumEditor(
    DiagnosticDbContext db, CandidateImport candidates, Today today,
    IStringLocalizer<ConcertationText> messages, IStringLocalizer<ComiteText> comiteStrings)
{
    public const int MaxPerPost = 10;
    public const int MaxPerSeance = 1000;
    public const int MaxLength = 500;
    public const int MaxTableLength = 60;
    private const int MaxDescription = 4000;

    public async Task OpenEntryAsync(Seance seance, CancellationToken cancellationToken)
    {
        string code;
        do code = ForumCode.New();
        while (await db.Seances.AnyAsync(s => s.ForumCode == code, cancellationToken));
        seance.ForumCode = code;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CloseEntryAsync(Seance seance, CancellationToken cancellationToken)
    {
        seance.ForumCode = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The séance whose entry this code opens, in an open year; null otherwise.</summary>
    public Task<Seance?> FindOpenAsync(string? code, CancellationToken cancellationToken)
    {
        var wanted = ForumCode.Normalize(code);
        return wanted.Length == 0
            ? Task.FromResult<Seance?>(null)
            : db.Seances.Include(s => s.Cycle).SingleOrDefaultAsync(
                s => s.ForumCode == wanted && s.Cycle!.Status == ComiteCycleStatus.Open, cancellationToken);
    }

    /// <summary>A table's enjeux, all at once: empty lines skipped; too long, too many, or none refuses them all.</summary>
    public async Task<IReadOnlyList<FieldError>> AddEnjeuxAsync(Seance seance, string table, IReadOnlyList<string?> lines, CancellationToken cancellationToken)
    {
        var texts = lines.Select((l, i) => (Text: l?.Trim() ?? "", Index: i)).Where(l => l.Text.Length > 0).ToList();
        var errors = texts.Where(t => t.Text.Length > MaxLength)
            .Select(t => new FieldError("Enjeux_" + t.Index, messages["ForumTable.TooLong", t.Index + 1, MaxLength])).ToList();
        if (texts.Count == 0) errors.Add(new FieldError("Enjeux_0", messages["ForumTable.Empty"]));
        if (texts.Count > MaxPerPost) errors.Add(new FieldError("Enjeux_0", messages["ForumTable.TooMany", MaxPerPost]));
        if (errors.Count == 0 && await db.ForumEnjeux.CountAsync(e => e.SeanceId == seance.Id, cancellationToken) + texts.Count > MaxPerSeance)
            errors.Add(new FieldError("Enjeux_0", messages["ForumTable.Full", MaxPerSeance]));
        if (errors.Count > 0) return errors;
        var now = today.Now;
        db.ForumEnjeux.AddRange(texts.Select(t => new ForumEnjeu { SeanceId = seance.Id, Table = table, Text = t.Text, CreatedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Groups enjeux of this séance not yet on a card into a new card; its wording defaults to the first enjeu.</summary>
    public async Task<IReadOnlyList<FieldError>> GroupAsync(Seance seance, IReadOnlyList<int> enjeuIds, string? wording, CancellationToken cancellationToken)
    {
        var ids = enjeuIds.Distinct().ToList();
        var enjeux = await db.ForumEnjeux.Where(e => ids.Contains(e.Id) && e.SeanceId == seance.Id && e.CardId == null)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0 || enjeux.Count != ids.Count) return [new FieldError("group", messages["Forum.GroupNone"])];
        var cardWording = string.IsNullOrWhiteSpace(wording) ? enjeux[0].Text : wording.Trim();
        if (cardWording.Length > MaxLength) return [new FieldError("CardWording", messages["Forum.CardTooLong", MaxLength])];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var description = string.Join(" · ", enjeux.Select(e => e.Text));
        if (description.Length > MaxDescription) description = description[..(MaxDescription - 1)] + "…";
        var (card, refusal) = await candidates.AddEnjeuCandidateAsync(seance.CycleId, cardWording, description, seance.Id, comiteStrings, cancellationToken);
        if (card is null) return [new FieldError("CardWording", refusal ?? "")];
        foreach (var enjeu in enjeux) enjeu.CardId = card.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>A dot vote, online or on paper, over this séance's cards only; its id, or the reason it was refused.</summary>
    public async Task<(int? RoundId, IReadOnlyList<FieldError> Errors)> OpenVoteAsync(Seance seance, RoundForm form, CancellationToken cancellationToken)
    {
        if (form.Kind == VotingRoundKind.Criteria) return (null, [new FieldError("Vote_Kind", messages["Forum.VoteKind"])]);
        var cards = await db.CandidateTargets.Where(c => c.SeanceId == seance.Id && c.Origin == CandidateOrigin.Enjeu)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        if (cards.Count < 2) return (null, [new FieldError("Vote_Title", messages["Forum.VoteNeedsCards"])]);
        form.SeanceId = seance.Id;
        if (form.Problem(comiteStrings) is { } problem) return (null, [new FieldError("Vote_Title", problem)]);
        var round = form.ToRound(cards, today.Now);
        db.VotingRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return (round.Id, []);
    }
}
