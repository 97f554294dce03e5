using System.Diagnostics;
using System.Globalization;

namespace Diagnostic.Benchmarks;

/// <summary>Runs one measurement in a fresh process of this program and reads back its figures.</summary>
internal static class Child
{
    public static (double Milliseconds, double PeakMegabytes, string Check) Run(string name, int size, string folder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Child).Assembly.Location);
        }
        foreach (var argument in new[] { "measure", name, size.ToString(CultureInfo.InvariantCulture), folder })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"measurement {name} failed: {error}");
        }
        var fields = output.Trim().Split('\t');
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture), fields[2]);
    }
}
