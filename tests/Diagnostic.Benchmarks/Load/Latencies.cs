namespace Diagnostic.Benchmarks.Load;

/// <summary>Response times per page (e.g. "POST etape"), for the p50/p95/p99 table. Thread-safe.</summary>
internal sealed class Latencies
{
    private readonly Dictionary<string, List<double>> byPage = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    public void Add(string page, double milliseconds)
    {
        lock (byPage)
        {
            if (!byPage.TryGetValue(page, out var times))
            {
                byPage[page] = times = [];
                order.Add(page);
            }
            times.Add(milliseconds);
        }
    }

    public IEnumerable<(string Page, int Count, double P50, double P95, double P99)> Summary()
    {
        lock (byPage)
        {
            var all = byPage.Values.SelectMany(t => t).ToList();
            return order.Select(page => Row(page, byPage[page])).Append(Row("all pages", all)).ToList();
        }
    }

    private static (string, int, double, double, double) Row(string page, List<double> times)
    {
        var sorted = times.Order().ToArray();
        return (page, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }

    /// <summary>Nearest rank: the smallest time at or above the given share of requests.</summary>
    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
