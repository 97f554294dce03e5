using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// The respondent counts of one audience: ALL then neighbourhoods in ordinal code order, decided by
/// <see cref="Suppression"/> like every figure. Without this, a page showing the total and every other
/// neighbourhood's count would give a hidden neighbourhood's count by subtraction.
/// </summary>
internal static class RespondentCounts
{
    public static IEnumerable<RespondentCount> Build(Audience audience, IReadOnlyDictionary<string, CellAccumulator> byNeighbourhood, int minCell)
    {
        var names = byNeighbourhood.Keys.Order(StringComparer.Ordinal).ToArray();
        var counts = names.Select(n => byNeighbourhood[n].Respondents).Prepend(names.Sum(n => byNeighbourhood[n].Respondents)).ToArray();
        var reasons = Suppression.Classify(counts, minCell);
        var units = names.Prepend(PortraitRow.AllNeighbourhoods).ToArray();
        return units.Select((unit, u) => new RespondentCount(
            audience, unit, reasons[u] == SuppressionReason.None ? counts[u] : null, reasons[u]));
    }
}
