using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Candidates;

/// <summary>
/// Adds a portrait unit's ranked candidates (PriorityTargets.Rank: défis first) to a cycle, with their figures as the
/// portrait gives them. A dimension already imported from the same collecte and unit is skipped, so importing twice is harmless.
/// </summary>
public sealed class CandidateImport(DiagnosticDbContext db, CollectePortraits portraits)
{
    /// <returns>How many candidates were added, or null when the collecte or the unit has no portrait.</returns>
    public async Task<int?> ImportAsync(ComiteCycle cycle, int collecteId, Audience audience, string neighbourhood, string language,
        CancellationToken cancellationToken)
    {
        var loaded = await portraits.LoadAsync(collecteId, cancellationToken);
        if (loaded is null) return null;
        var unit = PriorityTargets.Rank(loaded.Portrait, loaded.Questionnaire)
            .FirstOrDefault(u => u.Audience == audience && u.Neighbourhood == neighbourhood);
        if (unit is null) return null;
        var existing = await db.CandidateTargets
            .Where(c => c.CycleId == cycle.Id && c.CollecteId == collecteId && c.Audience == audience && c.Neighbourhood == neighbourhood)
            .Select(c => c.DimensionId).ToListAsync(cancellationToken);
        var next = await NextOrderAsync(cycle.Id, cancellationToken);
        var added = unit.Targets.Where(t => !existing.Contains(t.DimensionId)).ToList();
        // The wording names the place (« Ville de Shawinigan », « Saint-Marc »), never its code (ALL, saint-marc).
        var territoryId = loaded.Collecte.TerritoryId;
        var territory = await db.Territories.Where(t => t.Id == territoryId).Select(t => t.Name).SingleAsync(cancellationToken);
        var place = (await db.PlaceNamesAsync(territoryId, territory, cancellationToken)).GetValueOrDefault(neighbourhood, neighbourhood);
        foreach (var target in added)
            db.CandidateTargets.Add(Candidate(cycle.Id, next++, loaded, audience, (neighbourhood, place), target, language));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>An enjeu named at a forum or séance, after the year's other candidates; the reason when refused.</summary>
    public async Task<string?> AddEnjeuAsync(
        int cycleId, string? wording, string? description, int? seanceId, IStringLocalizer<ComiteText> strings, CancellationToken cancellationToken) =>
        (await AddEnjeuCandidateAsync(cycleId, wording, description, seanceId, strings, cancellationToken)).Refusal;

    /// <summary>As <see cref="AddEnjeuAsync"/>, giving the saved candidate (a forum's issue card links its enjeux to it).</summary>
    public async Task<(CandidateTarget? Candidate, string? Refusal)> AddEnjeuCandidateAsync(
        int cycleId, string? wording, string? description, int? seanceId, IStringLocalizer<ComiteText> strings, CancellationToken cancellationToken)
    {
        var text = wording?.Trim() ?? "";
        if (text.Length == 0) return (null, strings["Candidates.WordingRequired"]);
        if (seanceId is { } seance && !await db.Seances.AnyAsync(s => s.Id == seance && s.CycleId == cycleId, cancellationToken))
            return (null, strings["Cycle.RoundSeanceMissing"]);
        var candidate = new CandidateTarget
        {
            CycleId = cycleId,
            Order = await NextOrderAsync(cycleId, cancellationToken),
            Origin = CandidateOrigin.Enjeu,
            Wording = text,
            Description = description?.Trim() ?? "",
            SeanceId = seanceId,
        };
        db.CandidateTargets.Add(candidate);
        await db.SaveChangesAsync(cancellationToken);
        return (candidate, null);
    }

    public async Task<int> NextOrderAsync(int cycleId, CancellationToken cancellationToken) =>
        (await db.CandidateTargets.Where(c => c.CycleId == cycleId).MaxAsync(c => (int?)c.Order, cancellationToken) ?? 0) + 1;

    private static CandidateTarget Candidate(
        int cycleId, int order, CollectePortraits.Loaded loaded, Audience audience, (string Code, string Name) neighbourhood, PriorityTarget target,
        string language)
    {
        var title = loaded.Questionnaire.Sections.FirstOrDefault(s => s.Id == target.DimensionId)?.Title.In(language) ?? target.DimensionId;
        return new CandidateTarget
        {
            CycleId = cycleId,
            Order = order,
            Origin = CandidateOrigin.Portrait,
            Wording = title + " — " + neighbourhood.Name,
            CollecteId = loaded.Collecte.Id,
            Audience = audience,
            Neighbourhood = neighbourhood.Code,
            DimensionId = target.DimensionId,
            Rank = target.Rank,
            IsDefi = target.IsDefi,
            Score = target.Score,
            Diff = target.Diff,
            Q = target.Q,
            N = target.N,
        };
    }
}
