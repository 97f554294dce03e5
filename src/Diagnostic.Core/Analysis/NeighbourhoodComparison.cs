namespace Diagnostic.Core.Analysis;

/// <summary>
/// Each shown neighbourhood's dimension score against the rest of the collecte (every other neighbourhood of the
/// same audience, suppressed ones included): difference, Welch p, then Benjamini–Hochberg over all those tests
/// of the audience and the force/defi flag.
/// </summary>
internal static class NeighbourhoodComparison
{
    public const double Threshold = 0.05;

    /// <param name="rows">Rows per unit (index 0 = ALL) and slot; updated in place.</param>
    public static void Apply(PortraitRow[][] rows, bool[][] suppressed, CellAccumulator[] cells, IReadOnlyList<FigureSlot> slots)
    {
        var tested = new List<(int Unit, int Slot, double P)>();
        for (var s = 0; s < slots.Count; s++)
        {
            if (slots[s].Level == FigureLevel.Dimension)
            {
                CompareDimension(rows, suppressed, cells, s, slots[s].Dimension, tested);
            }
        }
        var q = Statistics.BenjaminiHochberg(tested.Select(t => t.P).ToArray());
        for (var i = 0; i < tested.Count; i++)
        {
            var (unit, slot, _) = tested[i];
            var row = rows[unit][slot];
            rows[unit][slot] = row with { Q = q[i], Flag = FlagOf(q[i], row.Diff) };
        }
    }

    private static void CompareDimension(
        PortraitRow[][] rows, bool[][] suppressed, CellAccumulator[] cells, int s, int d, List<(int, int, double)> tested)
    {
        var unit = cells[0].ScoreUnit(d);
        for (var u = 1; u < cells.Length; u++)
        {
            if (suppressed[u][s])
            {
                continue;
            }
            // The rest is ALL minus this neighbourhood: exact sums subtract without loss.
            var sums = cells[0].Scores[d];
            sums.Merge(cells[u].Scores[d], -1);
            var rest = sums.ToMoments(unit);
            var own = cells[u].ScoreMoments(d);
            var diff = own.Mean - rest.Mean;
            var p = Statistics.WelchP(own, rest);
            rows[u][s] = rows[u][s] with { Diff = diff, P = p };
            if (p is { } value)
            {
                tested.Add((u, s, value));
            }
        }
    }

    private static string? FlagOf(double q, double? diff) => q < Threshold && diff is { } d && d != 0
        ? (d > 0 ? PortraitRow.ForceFlag : PortraitRow.DefiFlag)
        : null;
}
