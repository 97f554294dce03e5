using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// The rows of the weighted portrait and their suppression (src/Diagnostic.Core/Analysis/README.md, "Small cells" of the weighted
/// portrait): a row is hidden where the portrait hides it, all of a neighbourhood's rows where the portrait hides
/// its weighting question, a neighbourhood's figure resting on fewer than min_cell respondents in all or in one
/// cell (1 to min_cell − 1), a weight row below min_cell, and ALL below min_cell. ALL is computed over the
/// neighbourhoods whose row of that figure is shown, and only those, so it never gives back a hidden one.
/// </summary>
internal sealed class WeightedRows(Portrait portrait, string questionId, IReadOnlyList<string> codes, IReadOnlyList<FigureSlot> slots)
{
    private readonly Dictionary<(string, FigureLevel, string), bool> _hidden = portrait.Rows
        .Where(r => r.Audience == Audience.Citizen)
        .ToDictionary(r => (r.Neighbourhood, r.Level, r.Id), r => r.Suppressed);

    private int MinCell => portrait.MinCell;

    public IReadOnlyList<WeightedPortraitRow> Build(IReadOnlyList<(string Name, IReadOnlyList<WeightCell> Cells, NeighbourhoodWeighting Weighting)> neighbourhoods)
    {
        if (neighbourhoods.Count == 0)
        {
            return []; // no citizen responses: no rows, as the portrait has none for the audience
        }
        var shown = slots.Select(_ => new List<WeightedStratum>()).ToArray();
        var neighbourhoodRows = new List<WeightedPortraitRow>();
        foreach (var (name, cells, weighting) in neighbourhoods)
        {
            var profileHidden = Hidden(name, FigureLevel.Choice, $"{questionId}:{codes[0]}");
            foreach (var cell in cells)
            {
                neighbourhoodRows.Add(profileHidden || cell.Respondents < MinCell
                    ? new WeightedPortraitRow(Audience.Citizen, name, WeightedLevel.Weight, cell.Label, Suppressed: true)
                    : new WeightedPortraitRow(Audience.Citizen, name, WeightedLevel.Weight, cell.Label,
                        N: cell.Respondents, Population: cell.Population, Weight: cell.Weight));
            }
            for (var s = 0; s < slots.Count; s++)
            {
                var stratum = new WeightedStratum(cells, weighting.CellMomentsOf(cells, s));
                var figure = WeightedEstimator.Compute([stratum], IsChoice(s));
                var hidden = profileHidden
                    || Hidden(name, slots[s].Level, slots[s].Id)
                    || figure.N < MinCell
                    || stratum.Moments.Any(m => m.Count > 0 && m.Count < MinCell);
                if (!hidden)
                {
                    shown[s].Add(stratum);
                }
                neighbourhoodRows.Add(Row(name, s, figure, hidden));
            }
        }
        var rows = new List<WeightedPortraitRow>();
        for (var s = 0; s < slots.Count; s++)
        {
            var figure = WeightedEstimator.Compute(shown[s], IsChoice(s));
            var hidden = Hidden(PortraitRow.AllNeighbourhoods, slots[s].Level, slots[s].Id) || figure.N < MinCell;
            rows.Add(Row(PortraitRow.AllNeighbourhoods, s, figure, hidden));
        }
        rows.AddRange(neighbourhoodRows);
        return rows;
    }

    // A row the portrait does not have is hidden: the weighted portrait never shows more than the portrait.
    private bool Hidden(string neighbourhood, FigureLevel level, string id) =>
        !_hidden.TryGetValue((neighbourhood, level, id), out var hidden) || hidden;

    private bool IsChoice(int s) => slots[s].Level == FigureLevel.Choice;

    private WeightedPortraitRow Row(string neighbourhood, int s, WeightedFigure figure, bool hidden)
    {
        var level = slots[s].Level switch
        {
            FigureLevel.Question => WeightedLevel.Question,
            FigureLevel.Choice => WeightedLevel.Choice,
            FigureLevel.Dimension => WeightedLevel.Dimension,
            _ => throw new ArgumentOutOfRangeException(nameof(s)),
        };
        return hidden
            ? new WeightedPortraitRow(Audience.Citizen, neighbourhood, level, slots[s].Id, Suppressed: true)
            : new WeightedPortraitRow(Audience.Citizen, neighbourhood, level, slots[s].Id, figure.N, Estimate: figure.Estimate,
                CiLow: figure.CiLow, CiHigh: figure.CiHigh, Deff: figure.Deff, NEff: figure.NEff);
    }
}
