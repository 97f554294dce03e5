using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>The rows of one audience: ALL then neighbourhoods in ordinal code order, each in layout order.</summary>
internal static class AudiencePortrait
{
    public static IEnumerable<PortraitRow> Build(
        Audience audience, IReadOnlyDictionary<string, CellAccumulator> byNeighbourhood,
        QuestionPlan plan, IReadOnlyList<FigureSlot> slots, int minCell)
    {
        var names = byNeighbourhood.Keys.Order(StringComparer.Ordinal).ToArray();
        var all = new CellAccumulator(plan);
        foreach (var name in names)
        {
            all.Merge(byNeighbourhood[name]);
        }
        var units = names.Prepend(PortraitRow.AllNeighbourhoods).ToArray();
        var cells = names.Select(n => byNeighbourhood[n]).Prepend(all).ToArray();

        var rows = cells.Select((cell, u) => slots.Select(slot => FigureCalculator.Compute(audience, units[u], cell, slot)).ToArray()).ToArray();
        var suppressed = Suppress(rows, slots, minCell);
        NeighbourhoodComparison.Apply(rows, suppressed, cells, slots);

        for (var u = 0; u < units.Length; u++)
        {
            for (var s = 0; s < slots.Count; s++)
            {
                yield return suppressed[u][s]
                    ? new PortraitRow(audience, units[u], slots[s].Level, slots[s].Id, Suppressed: true)
                    : rows[u][s];
            }
        }
    }

    private static bool[][] Suppress(PortraitRow[][] rows, IReadOnlyList<FigureSlot> slots, int minCell)
    {
        var suppressed = rows.Select(_ => new bool[slots.Count]).ToArray();
        for (var s = 0; s < slots.Count; s++)
        {
            var parent = slots[s].Parent;
            var decision = parent >= 0
                ? rows.Select((_, u) => suppressed[u][parent]).ToArray()
                : Suppression.Decide(rows.Select(r => r[s].N ?? 0).ToArray(), minCell);
            for (var u = 0; u < rows.Length; u++)
            {
                suppressed[u][s] = decision[u];
            }
        }
        return suppressed;
    }
}
