using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Pages.Comite.Cibles;

/// <summary>
/// The year's chosen targets as Excel-FR CSV, one line per target; codes (audience, level, direction) as stored, the
/// text the comité typed (year, wording, candidate, horizon, departure reason) as <see cref="CsvCell.Text"/>.
/// </summary>
public static class TargetCsv
{
    public static readonly string[] Header =
    [
        "year", "order", "wording", "neighbourhoods", "candidate", "indicator_session", "indicator_audience",
        "indicator_level", "indicator_id", "indicator_neighbourhood", "baseline", "baseline_n", "direction", "target_value", "horizon",
        "departure_reason",
    ];

    public static byte[] Write(ComiteCycle cycle, IReadOnlyList<ChosenTarget> targets, IReadOnlyList<CandidateTarget> candidates)
    {
        var names = candidates.ToDictionary(c => c.Id, c => c.Wording);
        return ComiteCsv.Write(Header, targets.Select(t => (IReadOnlyList<CsvCell>)
        [
            CsvCell.Text(cycle.YearLabel), ComiteCsv.Value(t.Order), CsvCell.Text(t.Wording), string.Join(' ', t.Neighbourhoods),
            CsvCell.Text(t.CandidateId is { } c ? names.GetValueOrDefault(c) : null), ComiteCsv.Value(t.IndicatorCollecteId),
            t.IndicatorAudience?.ToCode(), t.IndicatorLevel?.ToString().ToLowerInvariant(), t.IndicatorId, t.IndicatorNeighbourhood,
            ComiteCsv.Value(t.BaselineValue), ComiteCsv.Value(t.BaselineN), t.Direction?.ToString().ToLowerInvariant(),
            ComiteCsv.Value(t.TargetValue), CsvCell.Text(t.Horizon), CsvCell.Text(t.DepartureReason),
        ]));
    }
}
