namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// The harness's report: per phase, every figure with its ratio to the first phase (the baseline measured in the same
/// run), the printed portrait against its first (building) request, then the durability check.
/// </summary>
internal static class LoadReport
{
    public static void Write(IReadOnlyList<PhaseResult> phases, PrintFirst? printFirst, StoredCheck check, TimeSpan restart, string loadAverage)
    {
        var baseline = phases[0];
        Console.WriteLine($"\n  {"phase",-26} {"subm./s",9} {"ratio",6} {"CPU ms/subm.",13} {"ratio",6} {"p50",6} {"p95",6} {"p99",6} {"p95 ratio",9} {"RSS MB start→end",17} {"generator CPU ms/subm.",22}");
        foreach (var phase in phases)
        {
            var all = All(phase);
            Console.WriteLine($"  {phase.Label,-26} {phase.SubmissionsPerSecond,9:F1} {Ratio(phase.SubmissionsPerSecond, baseline.SubmissionsPerSecond),6} " +
                $"{phase.CpuMillisecondsPerSubmission,13:F1} {Ratio(phase.CpuMillisecondsPerSubmission, baseline.CpuMillisecondsPerSubmission),6} " +
                $"{all.P50,6:F0} {all.P95,6:F0} {all.P99,6:F0} {Ratio(all.P95, All(baseline).P95),9} {phase.MemoryStartMegabytes,8:F0}→{phase.MemoryEndMegabytes,-8:F0} {phase.GeneratorCpuMillisecondsPerSubmission,22:F1}");
        }
        Console.WriteLine("  (ratios: to the first phase; p50/p95/p99 in ms over every answer page; CPU is the server process's own; the generator's CPU is what the load generator itself took from the same cores)");
        foreach (var phase in phases)
        {
            Console.WriteLine($"\n  {phase.Label}: {phase.Acknowledged} acknowledged in {phase.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"    {"page",-18} {"requests",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"p95 / first phase",18}");
            foreach (var (page, count, p50, p95, p99) in phase.Pages)
            {
                var before = baseline.Pages.FirstOrDefault(p => p.Page == page);
                Console.WriteLine($"    {page,-18} {count,9} {p50,8:F0} {p95,8:F0} {p99,8:F0} {(before.Page is null ? "" : Ratio(p95, before.P95)),18}");
            }
            foreach (var (kind, count) in phase.Failures.OrderByDescending(f => f.Value))
                Console.WriteLine($"    abandoned: {count,6} × {kind}");
        }
        if (printFirst is not null && phases.FirstOrDefault(p => p.PrintBytes > 0) is { } printing)
        {
            var served = printing.Pages.First(p => p.Page == "GET imprimer");
            Console.WriteLine($"\n  printed portrait: first request (builds it) {printFirst.Milliseconds:F0} ms, {printFirst.Bytes / 1024.0:F0} KB; " +
                $"served while answers arrive p50/p95/p99 {served.P50:F0}/{served.P95:F0}/{served.P99:F0} ms " +
                $"(p95 / first {Ratio(served.P95, printFirst.Milliseconds)}), {served.Count} requests, {printing.PrintBytes / 1024.0:F0} KB; " +
                $"server RSS {printing.MemoryStartMegabytes:F0} → {printing.MemoryEndMegabytes:F0} MB " +
                $"({Ratio(printing.MemoryEndMegabytes, printing.MemoryStartMegabytes)}); submissions/s beside it " +
                $"{Ratio(printing.SubmissionsPerSecond, phases[^2].SubmissionsPerSecond)} of the phase without it");
        }
        Console.WriteLine($"\n  server down after kill -9 {restart.TotalSeconds,6:F1} s");
        Console.WriteLine($"  acknowledged             {check.Acknowledged,8}  (warm-up included)");
        Console.WriteLine($"  stored (of acknowledged) {check.Stored,8}");
        Console.WriteLine($"  lost                     {check.Lost,8}{(check.Lost > 0 ? "  e.g. " + string.Join(", ", check.LostMarkers.Take(5)) : "")}");
        Console.WriteLine($"  duplicated               {check.Duplicated,8}");
        Console.WriteLine($"  stored, not acknowledged {check.StoredUnacknowledged,8}  (in flight at the kill or the end; not an error)");
        Console.WriteLine($"  load average at the end  {loadAverage}");
        Console.WriteLine(check.Holds ? "\n  OK: every acknowledged submission is stored exactly once." : "\n  FAILED: acknowledged submissions lost or duplicated.");
    }

    private static (string Page, int Count, double P50, double P95, double P99) All(PhaseResult phase) =>
        phase.Pages.First(p => p.Page == "all pages");

    private static string Ratio(double value, double baseline) =>
        double.IsFinite(value) && double.IsFinite(baseline) && baseline > 0 ? $"×{value / baseline:F2}" : "—";
}
