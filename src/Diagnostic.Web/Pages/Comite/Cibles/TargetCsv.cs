using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Comite.Cibles;

/// <summary>The year's chosen targets as Excel-FR CSV, one line per target; codes (audience, level, direction) as stored.</summary>
public static class TargetCsv
{
    public static byte[] Write(ComiteCycle cycle, IReadOnlyList<ChosenTarget> targets, IReadOnlyList<CandidateTarget> candidates)
    {
        var names = candidates.ToDictionary(c => c.Id, c => c.Wording);
        var csv = new CsvText().Row("year", "order", "wording", "neighbourhoods", "candidate", "indicator_session", "indicator_audience",
            "indicator_level", "indicator_id", "indicator_neighbourhood", "baseline", "baseline_n", "direction", "target_value", "horizon",
            "departure_reason");
        foreach (var t in targets)
        {
            csv.Row(cycle.YearLabel, t.Order, t.Wording, string.Join(' ', t.Neighbourhoods),
                t.CandidateId is { } c ? names.GetValueOrDefault(c) : null, t.IndicatorCollecteId, t.IndicatorAudience?.ToCode(),
                t.IndicatorLevel?.ToString().ToLowerInvariant(), t.IndicatorId, t.IndicatorNeighbourhood, t.BaselineValue, t.BaselineN,
                t.Direction?.ToString().ToLowerInvariant(), t.TargetValue, t.Horizon, t.DepartureReason);
        }
        return csv.ToBytes();
    }
}
