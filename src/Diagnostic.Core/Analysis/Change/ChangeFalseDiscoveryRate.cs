namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// Adjusts, per audience, the p of the shown neighbourhood dimension rows together (Benjamini–Hochberg)
/// and flags the significant ones `up` or `down`. `ALL`, question and choice rows keep an empty q:
/// the comité reads the flags as "this neighbourhood moved on this dimension". A row without p (n &lt; 2, no spread)
/// is no test and does not count in m, as in the portrait's comparison.
/// </summary>
internal static class ChangeFalseDiscoveryRate
{
    private const double Threshold = 0.05;

    public static IReadOnlyList<ChangeRow> Apply(IReadOnlyList<ChangeRow> rows)
    {
        var adjusted = rows.ToArray();
        foreach (var audience in rows.Select(r => r.Audience).Distinct())
        {
            var tested = Enumerable.Range(0, rows.Count)
                .Where(i => rows[i].Audience == audience && IsAdjusted(rows[i]))
                .ToArray();
            var q = Statistics.BenjaminiHochberg(tested.Select(i => rows[i].P!.Value).ToArray());
            for (var k = 0; k < tested.Length; k++)
            {
                var row = rows[tested[k]];
                adjusted[tested[k]] = row with { Q = q[k], Flag = FlagOf(q[k], row.Diff) };
            }
        }

        return adjusted;
    }

    private static bool IsAdjusted(ChangeRow row) =>
        row is { Level: FigureLevel.Dimension, Suppressed: false, P: not null }
        && row.Neighbourhood != PortraitRow.AllNeighbourhoods;

    private static string? FlagOf(double q, double? diff) => (q < Threshold, diff) switch
    {
        (true, > 0) => ChangeRow.UpFlag,
        (true, < 0) => ChangeRow.DownFlag,
        _ => null,
    };
}
