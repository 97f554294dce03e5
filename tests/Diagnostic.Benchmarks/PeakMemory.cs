namespace Diagnostic.Benchmarks;

/// <summary>The process's peak resident set (VmHWM), which includes the runtime itself: what the machine had to give.</summary>
internal static class PeakMemory
{
    public static double Megabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
