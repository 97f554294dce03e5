namespace Diagnostic.Core.Analysis.Change;

/// <summary>Benjamini–Hochberg adjusted p-values (q), in the order of the given p-values.</summary>
internal static class BenjaminiHochberg
{
    public static double[] Adjust(IReadOnlyList<double> p)
    {
        var m = p.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ThenBy(i => i).ToArray();
        var q = new double[m];
        var running = 1.0;
        // From the largest p down, q is the running minimum of p × m / rank, so q stays monotone in p.
        for (var rank = m; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, p[index] * m / rank);
            q[index] = running;
        }

        return q;
    }
}
