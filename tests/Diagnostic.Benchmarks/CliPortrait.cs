using System.Diagnostics;
using Diagnostic.Benchmarks.Load;

namespace Diagnostic.Benchmarks;

/// <summary>
/// The `portrait` verb as a user runs it (issue 16: ≤ 2 s and ≤ 100 MiB for a million rows): the Release CLI in its own
/// process, timed from outside; its peak memory is its own resident high-water mark.
/// </summary>
internal static class CliPortrait
{
    public static string Run(BenchmarkData data, string root)
    {
        var folder = Path.GetDirectoryName(data.CsvPath)!;
        var questionnaire = Path.Combine(folder, "bench.yaml");
        File.WriteAllText(questionnaire, PortraitPageBenchmark.Yaml());
        var output = Path.Combine(folder, "cli-portrait.csv");
        var cli = Path.Combine(root, "src/Diagnostic.Cli/bin/Release/net10.0/diagnostic");
        if (!File.Exists(cli)) throw new FileNotFoundException("Build the CLI in Release first", cli);
        var start = new ProcessStartInfo(cli) { RedirectStandardError = true };
        foreach (var argument in new[] { "portrait", "--questionnaire", questionnaire, "--responses", data.CsvPath, "--out", output })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        // getrusage's peak for a child counts the parent's pages it had before exec, so read the child's own
        // high-water mark (monotonic) until it exits; the last reading is at most 20 ms old.
        double peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMegabytes(process.Id) ?? 0);
        }
        process.WaitForExit();
        PeakMegabytes = peak;
        if (process.ExitCode != 0) throw new InvalidOperationException($"portrait verb failed: {error.Result}");
        var rows = File.ReadLines(output).Count() - 1;
        return $"{rows} rows written by the verb";
    }

    /// <summary>The verb's resident peak (VmHWM) as last read while it ran.</summary>
    public static double PeakMegabytes { get; private set; }

    private static double? HighWaterMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return null; // it has just exited
        }
    }
}
