using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Ranks the dimensions of each audience × neighbourhood from a portrait (src/Diagnostic.Core/Analysis/README.md, "Priority targets"):
/// `defi` dimensions first (lowest q, then lowest score), then the other shown dimensions by score ascending.
/// Remaining ties go to section order, so the same portrait always gives the same list. Suppressed dimensions
/// are never candidates. Units keep the portrait's order (audience, ALL, then neighbourhoods by code).
/// </summary>
public static class PriorityTargets
{
    public static IReadOnlyList<NeighbourhoodPriorities> Rank(Portrait portrait, Questionnaire questionnaire)
    {
        var sectionOrder = questionnaire.Sections.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return portrait.Rows
            .Where(r => r.Level == FigureLevel.Dimension)
            .GroupBy(r => (r.Audience, r.Neighbourhood))
            .Select(unit => new NeighbourhoodPriorities(unit.Key.Audience, unit.Key.Neighbourhood, Ranked(unit, sectionOrder)))
            .ToList();
    }

    private static IReadOnlyList<PriorityTarget> Ranked(IEnumerable<PortraitRow> rows, IReadOnlyDictionary<string, int> sectionOrder) =>
        rows.Where(r => !r.Suppressed && r.Score is not null && r.N is not null)
            .OrderBy(r => r.Flag == PortraitRow.DefiFlag ? 0 : 1)
            .ThenBy(r => r.Flag == PortraitRow.DefiFlag ? r.Q ?? 1 : 0)
            .ThenBy(r => r.Score)
            .ThenBy(r => sectionOrder.GetValueOrDefault(r.Id, int.MaxValue))
            .Select((r, i) => new PriorityTarget(i + 1, r.Id, r.Flag == PortraitRow.DefiFlag, r.Score!.Value, r.Diff, r.Q, r.N!.Value))
            .ToList();
}
