using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Portraits;
using Diagnostic.Data.Territories;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Collectes;

/// <summary>
/// Creates collectes (web and command line alike) and moves them through draft → open → closed → archived.
/// The questionnaire text is stored as a snapshot at creation, so editing its file later changes nothing.
/// </summary>
public sealed class CollecteStore(DiagnosticDbContext db, TimeProvider clock)
{
    public async Task<CollecteCreation> CreateAsync(NewCollecte input, CancellationToken cancellationToken)
    {
        var errors = new List<CollecteError>();
        if (!PublicCodes.IsValid(input.PublicCode))
            errors.Add(new("PublicCode", "Collecte.CodeInvalid",
                $"the public code '{input.PublicCode}' must be {PublicCodes.MinLength} to {PublicCodes.MaxLength} lowercase letters, digits or inner dashes"));
        else if (await db.Collectes.AnyAsync(s => s.PublicCode == input.PublicCode, cancellationToken))
            errors.Add(new("PublicCode", "Collecte.CodeTaken", $"the public code '{input.PublicCode}' is already used by another collecte", input.PublicCode));
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
            errors.Add(new("Name", "Collecte.NameRequired", "the name is empty or longer than 200 characters"));
        if (input.OpensAt is { } opens && input.ClosesAt is { } closes && closes <= opens)
            errors.Add(new("ClosesAt", "Collecte.DatesOrder", "the closing date must come after the opening date"));
        CheckRetention(input.ClosesAt, input.RetainUntil, errors);
        if (input.Targets?.Values.Any(v => v < 0) == true)
            errors.Add(new("Targets", "Collecte.TargetInvalid", "a participation target must be a non-negative whole number"));
        var neighbourhoods = await NeighbourhoodsAsync(input, errors, cancellationToken);
        if (errors.Count > 0) return new CollecteCreation(null, errors);

        var snapshot = await db.GetOrAddAsync(input.Questionnaire, input.Yaml, clock.GetUtcNow(), cancellationToken);
        var collecte = new Collecte
        {
            PublicCode = input.PublicCode,
            Name = input.Name.Trim(),
            TerritoryId = neighbourhoods.Territory.Id,
            Snapshot = snapshot,
            Audience = input.Questionnaire.Audience,
            OpensAt = input.OpensAt,
            ClosesAt = input.ClosesAt,
            RetainUntil = input.RetainUntil,
            Status = input.Open ? CollecteStatus.Open : CollecteStatus.Draft,
            Neighbourhoods = neighbourhoods.Leaves.Select(t => new CollecteNeighbourhood
            {
                TerritoryId = t.Id,
                ParticipationTarget = input.Targets?.GetValueOrDefault(t.Code) is > 0 and var target ? target : null,
            }).ToList(),
        };
        db.Collectes.Add(collecte);
        await db.SaveChangesAsync(cancellationToken);
        return new CollecteCreation(collecte, []);
    }

    private async Task<(Territory Territory, List<Territory> Leaves)> NeighbourhoodsAsync(
        NewCollecte input, List<CollecteError> errors, CancellationToken cancellationToken)
    {
        var (tree, entities) = await new TerritoryStore(db).LoadAsync(cancellationToken);
        var territory = entities.SingleOrDefault(t => t.Code == input.TerritoryCode);
        if (tree is null || territory is null)
        {
            errors.Add(new("TerritoryCode", "Collecte.TerritoryUnknown", $"no territory has the code '{input.TerritoryCode}'", input.TerritoryCode));
            return (null!, []);
        }
        var under = tree.LeavesUnder(territory.Code).Select(l => l.Code).ToList();
        var chosen = input.NeighbourhoodCodes ?? under;
        foreach (var code in chosen.Where(c => !under.Contains(c)))
            errors.Add(new("NeighbourhoodCodes", "Collecte.NeighbourhoodOutside",
                $"'{code}' is not a neighbourhood of {territory.Code}", code));
        if (chosen.Count == 0)
            errors.Add(new("NeighbourhoodCodes", "Collecte.NeighbourhoodsRequired", "choose at least one neighbourhood"));
        var byCode = entities.ToDictionary(t => t.Code);
        return (territory, under.Where(chosen.Contains).Select(c => byCode[c]).ToList());
    }

    /// <summary>
    /// Changes what may change after creation: name, dates, retention and targets. The public code, questionnaire
    /// and neighbourhoods stay, because printed posters and stored answers depend on them.
    /// </summary>
    /// <summary>
    /// Whether retention deleted the collecte's answers (its portrait archived): nothing may be added after, or the
    /// portrait shown would be the few rows added instead of the one archived.
    /// </summary>
    public static Task<bool> PurgedAsync(DiagnosticDbContext db, int collecteId, CancellationToken cancellationToken) =>
        db.PortraitArchives.AnyAsync(a => a.CollecteId == collecteId, cancellationToken);

    /// <summary>
    /// Answers are kept at least through the collecte's last day: retention deletes them the day after its date, and a
    /// collecte still open then would start over on an empty portrait, the archived one no longer shown.
    /// </summary>
    private static void CheckRetention(DateTimeOffset? closesAt, DateOnly? retainUntil, List<CollecteError> errors)
    {
        if (closesAt is { } closes && retainUntil is { } retain && retain < QuebecDates.LastDay(closes))
            errors.Add(new("RetainUntil", "Collecte.RetainBeforeClose", "the answers must be kept at least until the collecte's last day"));
    }

    public async Task<IReadOnlyList<CollecteError>> UpdateAsync(Collecte collecte, string? name,
        DateTimeOffset? opensAt, DateTimeOffset? closesAt, DateOnly? retainUntil, IReadOnlyDictionary<string, int?> targets,
        CancellationToken cancellationToken)
    {
        var errors = new List<CollecteError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            errors.Add(new("Name", "Collecte.NameRequired", "the name is empty or longer than 200 characters"));
        if (opensAt is { } opens && closesAt is { } closes && closes <= opens)
            errors.Add(new("ClosesAt", "Collecte.DatesOrder", "the closing date must come after the opening date"));
        CheckRetention(closesAt, retainUntil, errors);
        if (targets.Values.Any(v => v < 0))
            errors.Add(new("Targets", "Collecte.TargetInvalid", "a participation target must be a non-negative whole number"));
        if (errors.Count > 0) return errors;
        collecte.Name = name!.Trim();
        collecte.OpensAt = opensAt;
        collecte.ClosesAt = closesAt;
        collecte.RetainUntil = retainUntil;
        foreach (var neighbourhood in collecte.Neighbourhoods)
            neighbourhood.ParticipationTarget = targets.GetValueOrDefault(neighbourhood.Territory!.Code) is > 0 and var t ? t : null;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Whether a collecte in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(CollecteStatus from, CollecteStatus to) => (from, to) switch
    {
        (CollecteStatus.Draft, CollecteStatus.Open) => true,
        (CollecteStatus.Closed, CollecteStatus.Open) => true,
        (CollecteStatus.Open, CollecteStatus.Closed) => true,
        (CollecteStatus.Draft or CollecteStatus.Closed, CollecteStatus.Archived) => true,
        _ => false,
    };

    /// <summary>Moves the collecte when allowed; false (nothing saved) otherwise.</summary>
    public async Task<bool> MoveAsync(Collecte collecte, CollecteStatus to, CancellationToken cancellationToken)
    {
        if (!CanMove(collecte.Status, to)) return false;
        collecte.Status = to;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Makes the collecte's portrait readable by anyone, or by the team and the territory's comités only. Returns false
    /// when it already was. Every cached copy (pages, drawings, the printed portrait) checks this flag on its next read.
    /// </summary>
    public async Task<bool> SetPortraitPublicAsync(Collecte collecte, bool isPublic, CancellationToken cancellationToken)
    {
        if (collecte.PortraitPublic == isPublic) return false;
        collecte.PortraitPublic = isPublic;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Stores a keyed-in paper questionnaire as submitted (answers already validated by the caller). Who keyed it
    /// goes to the audit log, never onto the response, which stays without identity. <paramref name="entryKey"/> comes
    /// from the form and becomes the response's id, so a double-click or a resent form stores the questionnaire once:
    /// false when a response of the collecte already has this key (nothing is stored).
    /// </summary>
    public async Task<bool> AddPaperResponseAsync(Collecte collecte, Guid entryKey, string neighbourhoodCode, string language,
        IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = entryKey.ToString();
        var response = new Response
        {
            PublicId = id,
            CollecteId = collecte.Id,
            NeighbourhoodCode = neighbourhoodCode,
            Audience = collecte.Audience,
            Language = language,
            Channel = ResponseChannel.Paper,
            StartedAt = now,
            SubmittedAt = now,
            QuestionnaireHash = collecte.Snapshot!.Hash,
            Status = ResponseStatus.Submitted,
            // Unique across collectes, whereas the id is unique only within one.
            SubmissionKey = $"paper:{collecte.Id}:{id}",
            Answers = new Dictionary<string, string>(answers, StringComparer.Ordinal),
        };
        await using var transaction = await PortraitCells.BeginAsync(db, cancellationToken);
        await PortraitCells.LockAsync(db, collecte.Id, cancellationToken);
        // Checked after the lock, so two posts of the same form at once cannot both find no response.
        if (await db.Responses.AnyAsync(r => r.CollecteId == collecte.Id && r.PublicId == id, cancellationToken))
        {
            await PortraitCells.CommitAsync(transaction, cancellationToken);
            return false;
        }
        db.Responses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        var questionnaire = await CollecteQuestionnaire.LoadAsync(db, collecte.Id, cancellationToken);
        await PortraitCells.ApplyAsync(db, questionnaire, [PortraitCells.Record(questionnaire.Questionnaire, response)], [], cancellationToken);
        await PortraitCells.CommitAsync(transaction, cancellationToken);
        return true;
    }

    /// <summary>The audience counterpart offered alongside (citizen ↔ partner).</summary>
    public static Audience Other(Audience audience) => audience == Audience.Citizen ? Audience.Partner : Audience.Citizen;
}
