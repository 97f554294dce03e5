using System.Globalization;
using System.Security.Claims;
using Diagnostic.Core.Comite;
using Diagnostic.Data.Audit;
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
/// into issue cards (candidates of the year, through CandidateImport), may take an enjeu back off a card or undo a card
/// while no vote has used it, and opens the dot vote, online or on paper, on those cards only. Each step refuses a bad
/// field by name and stores nothing then; each change is audited with ids and counts, never what the tables wrote.
/// </summary>
public sealed class ForumEditor(
    DiagnosticDbContext db, CandidateImport candidates, Today today, AuditLog audit,
    IStringLocalizer<ConcertationText> messages, IStringLocalizer<ComiteText> comiteStrings)
{
    public const int MaxPerPost = 10;
    public const int MaxPerSeance = 1000;
    public const int MaxLength = 500;
    public const int MaxTableLength = 60;
    private const int MaxDescription = 4000;

    public async Task OpenEntryAsync(Seance seance, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        string code;
        do code = ForumCode.New();
        while (await db.Seances.AnyAsync(s => s.ForumCode == code, cancellationToken));
        seance.ForumCode = code;
        // The code itself stays out of the log: it opens the tables' entry.
        audit.Add(AuditActor.From(user), AuditActions.ForumEntryOpened, AuditTarget.Seance(seance.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CloseEntryAsync(Seance seance, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        seance.ForumCode = null;
        audit.Add(AuditActor.From(user), AuditActions.ForumEntryClosed, AuditTarget.Seance(seance.Id));
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
    public async Task<IReadOnlyList<FieldError>> GroupAsync(
        Seance seance, IReadOnlyList<int> enjeuIds, string? wording, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ids = enjeuIds.Distinct().ToList();
        var enjeux = await db.ForumEnjeux.Where(e => ids.Contains(e.Id) && e.SeanceId == seance.Id && e.CardId == null)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0 || enjeux.Count != ids.Count) return [new FieldError("group", messages["Forum.GroupNone"])];
        var cardWording = string.IsNullOrWhiteSpace(wording) ? enjeux[0].Text : wording.Trim();
        if (cardWording.Length > MaxLength) return [new FieldError("CardWording", messages["Forum.CardTooLong", MaxLength])];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var description = Description(enjeux);
        var (card, refusal) = await candidates.AddEnjeuCandidateAsync(seance.CycleId, cardWording, description, seance.Id, comiteStrings, cancellationToken);
        if (card is null) return [new FieldError("CardWording", refusal ?? "")];
        foreach (var enjeu in enjeux) enjeu.CardId = card.Id;
        audit.Add(AuditActor.From(user), AuditActions.ForumGrouped, AuditTarget.Card(card.Id),
            string.Create(CultureInfo.InvariantCulture, $"seance={seance.Id};enjeux={enjeux.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Takes one enjeu back off its card, before any vote has used the card; the card's description follows its enjeux,
    /// and a card left with none is undone.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> UngroupAsync(Seance seance, int enjeuId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var enjeu = await db.ForumEnjeux.SingleOrDefaultAsync(e => e.Id == enjeuId && e.SeanceId == seance.Id && e.CardId != null, cancellationToken);
        if (enjeu is null) return [new FieldError("cards", messages["Forum.UngroupUnknown"])];
        var card = await db.CandidateTargets.SingleAsync(c => c.Id == enjeu.CardId, cancellationToken);
        if (await UsedAsync(card, cancellationToken) is { } used) return [used];
        enjeu.CardId = null;
        var left = await db.ForumEnjeux.Where(e => e.CardId == card.Id && e.Id != enjeu.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (left.Count == 0) db.CandidateTargets.Remove(card);
        else card.Description = Description(left);
        audit.Add(AuditActor.From(user), AuditActions.ForumUngrouped, AuditTarget.Card(card.Id),
            string.Create(CultureInfo.InvariantCulture, $"seance={seance.Id};enjeu={enjeu.Id};card-undone={(left.Count == 0 ? "yes" : "no")}"));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Undoes a card of this forum before any vote has used it: its enjeux wait to be grouped again.</summary>
    public async Task<IReadOnlyList<FieldError>> DissolveAsync(Seance seance, int cardId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var card = await db.CandidateTargets.SingleOrDefaultAsync(
            c => c.Id == cardId && c.SeanceId == seance.Id && c.Origin == CandidateOrigin.Enjeu, cancellationToken);
        if (card is null) return [new FieldError("cards", messages["Forum.CardUnknown"])];
        if (await UsedAsync(card, cancellationToken) is { } used) return [used];
        var enjeux = await db.ForumEnjeux.Where(e => e.CardId == card.Id).ToListAsync(cancellationToken);
        foreach (var enjeu in enjeux) enjeu.CardId = null;
        db.CandidateTargets.Remove(card);
        audit.Add(AuditActor.From(user), AuditActions.ForumCardDissolved, AuditTarget.Card(card.Id),
            string.Create(CultureInfo.InvariantCulture, $"seance={seance.Id};enjeux={enjeux.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>A card on a vote's ballot, or already chosen as a cible, is the vote's now: it stays as it is.</summary>
    private async Task<FieldError?> UsedAsync(CandidateTarget card, CancellationToken cancellationToken) =>
        await db.VotingRoundCandidates.AnyAsync(c => c.CandidateId == card.Id, cancellationToken)
        || await db.ChosenTargets.AnyAsync(t => t.CandidateId == card.Id, cancellationToken)
            ? new FieldError("cards", messages["Forum.CardVoted", card.Wording])
            : null;

    private static string Description(IEnumerable<ForumEnjeu> enjeux)
    {
        var description = string.Join(" · ", enjeux.Select(e => e.Text));
        return description.Length > MaxDescription ? description[..(MaxDescription - 1)] + "…" : description;
    }

    /// <summary>A dot vote, online or on paper, over this séance's cards only; its id, or the reason it was refused.</summary>
    public async Task<(int? RoundId, IReadOnlyList<FieldError> Errors)> OpenVoteAsync(
        Seance seance, RoundForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
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
        await audit.RecordAsync(user, AuditActions.ForumVoteOpened, AuditTarget.Round(round.Id),
            string.Create(CultureInfo.InvariantCulture, $"seance={seance.Id};kind={form.Kind.ToString().ToLowerInvariant()};cards={cards.Count}"), cancellationToken);
        return (round.Id, []);
    }
}
