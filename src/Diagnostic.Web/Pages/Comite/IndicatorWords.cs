using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// The words a reader sees for what a cible stores as codes: the indicator's title from the questionnaire instead of
/// « liens_sociaux », a neighbourhood's name instead of its code, the whole territory instead of « ALL » (issue 13).
/// </summary>
public static class IndicatorWords
{
    /// <summary>The dimension's or question's wording; a choice's id is « question:code ».</summary>
    public static string Name(Questionnaire questionnaire, FigureLevel level, string id, string language) => level switch
    {
        FigureLevel.Dimension => questionnaire.Dimensions.FirstOrDefault(d => d.Id == id)?.Title.In(language) ?? id,
        _ => questionnaire.Questions.FirstOrDefault(q => q.Id == id.Split(':')[0])?.Text.In(language) ?? id,
    };

    /// <summary>The targets' indicator titles by target id (targets without an indicator are left out).</summary>
    public static async Task<IReadOnlyDictionary<int, string>> IndicatorNamesAsync(
        this DiagnosticDbContext db, IReadOnlyCollection<ChosenTarget> targets, string language, CancellationToken cancellationToken)
    {
        var ids = targets.Where(t => t.IndicatorCollecteId is not null).Select(t => t.IndicatorCollecteId!.Value).Distinct().ToList();
        var snapshots = await db.Collectes.AsNoTracking().Include(c => c.Snapshot).Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Snapshot, cancellationToken);
        var names = new Dictionary<int, string>();
        foreach (var t in targets)
        {
            if (t.IndicatorId is not { } id || t.IndicatorLevel is not { } level) continue;
            names[t.Id] = t.IndicatorCollecteId is { } c && snapshots.GetValueOrDefault(c) is { } snapshot
                ? Name(SnapshotQuestionnaires.Shared.Get(snapshot), level, id, language)
                : id;
        }
        return names;
    }

    /// <summary>A territory's neighbourhoods by code (sorted by name), and <see cref="PortraitRow.AllNeighbourhoods"/> as <paramref name="wholeTerritory"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> PlaceNamesAsync(
        this DiagnosticDbContext db, int territoryId, string wholeTerritory, CancellationToken cancellationToken)
    {
        var children = await db.Territories.AsNoTracking().Where(t => t.ParentId == territoryId)
            .Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [PortraitRow.AllNeighbourhoods] = wholeTerritory };
        foreach (var child in children.OrderBy(c => c.Name, StringComparer.CurrentCulture)) names[child.Code] = child.Name;
        return names;
    }

    /// <summary>« Saint-Marc, Christ-Roi »: the names of the codes, a code left as is when unknown.</summary>
    public static string Places(IEnumerable<string> codes, IReadOnlyDictionary<string, string> names) =>
        string.Join(", ", codes.Select(code => names.GetValueOrDefault(code, code)));
}
