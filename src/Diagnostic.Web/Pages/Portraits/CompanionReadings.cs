using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Core.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// Citizens and partners usually answer in two collectes on the same territory (each collecte has one questionnaire).
/// For a neighbourhood page, the latest collecte of each other audience on the territory gives its reading, side by
/// side, when the reader may see that collecte's portrait too.
/// </summary>
public sealed class CompanionReadings(DiagnosticDbContext db, PortraitCache portraits, PortraitAccess access)
{
    public async Task<IReadOnlyList<AudienceReading>> ForAsync(
        PortraitCollecte collecte, string neighbourhood, ClaimsPrincipal user, string language,
        IStringLocalizer<PortraitText> words, CancellationToken cancellationToken)
    {
        var readings = new List<AudienceReading>();
        foreach (var (code, audience) in await LatestAsync(db, collecte, cancellationToken))
        {
            var stamp = await PortraitCache.StampAsync(db, code, cancellationToken);
            if (stamp is null || stamp.Submitted == 0 || !await access.AllowsAsync(user, stamp, cancellationToken)) continue;
            var portrait = await portraits.GetAsync(stamp, cancellationToken);
            readings.Add(NeighbourhoodViews.Reading(portrait, audience, neighbourhood, language, words) with { CollecteCode = code });
        }
        return readings;
    }

    /// <summary>The latest collecte of each other audience on the collecte's territory: its public code and audience.</summary>
    public static async Task<IReadOnlyList<(string Code, Audience Audience)>> LatestAsync(
        DiagnosticDbContext db, PortraitCollecte collecte, CancellationToken cancellationToken)
    {
        var companions = await db.Collectes.AsNoTracking()
            .Where(s => s.TerritoryId == collecte.TerritoryId && s.Id != collecte.CollecteId && s.Audience != collecte.Audience)
            .Select(s => new { s.Id, s.Audience, s.PublicCode })
            .ToListAsync(cancellationToken);
        return companions.GroupBy(c => c.Audience).Select(g => g.MaxBy(c => c.Id)!).Select(c => (c.PublicCode, c.Audience)).ToList();
    }
}
