using System.Diagnostics;
using System.Globalization;
using Diagnostic.Benchmarks;

// Usage: dotnet run -c Release --project tests/Diagnostic.Benchmarks [-- --sizes 10000,100000,1000000] [--work DIR] [--only a,b] [--no-build]
//        dotnet run -c Release --project tests/Diagnostic.Benchmarks -- load [--clients 200] [--seconds 60] [--kill-at 30] [--work DIR]
//        dotnet run -c Release --project tests/Diagnostic.Benchmarks -- print [--size 3000] [--work DIR] [--no-build]
// Each measurement runs in a child process (`measure NAME SIZE DIR`) so its peak memory is its own.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is ["measure", var measurement, var sizeText, var folder])
{
    var data = await BenchmarkData.PrepareAsync(folder, int.Parse(sizeText, CultureInfo.InvariantCulture));
    if (measurement == "cli-portrait")
    {
        var watch = Stopwatch.StartNew();
        var written = CliPortrait.Run(data, RepositoryRoot());
        Console.WriteLine($"{watch.Elapsed.TotalMilliseconds:F3}\t{CliPortrait.PeakMegabytes:F0}\t{written}");
        return 0;
    }
    var (elapsed, check) = await Measurements.RunAsync(measurement, data);
    Console.WriteLine($"{elapsed.TotalMilliseconds:F3}\t{PeakMemory.Megabytes():F0}\t{check}");
    return 0;
}

// The portrait page benchmark's database (see portrait-page-benchmark.sh).
if (args is ["web-db", var webSize, var webFolder])
{
    Console.WriteLine(await PortraitPageBenchmark.PrepareAsync(int.Parse(webSize, CultureInfo.InvariantCulture), Path.GetFullPath(webFolder)));
    return 0;
}
if (args is ["touch", var webDatabase])
{
    Console.WriteLine(await PortraitPageBenchmark.TouchAsync(webDatabase));
    return 0;
}

// The load harness (see Load/LoadBenchmark.cs and load-benchmark.sh).
if (args is ["load", .. var loadArguments])
{
    return await Diagnostic.Benchmarks.Load.LoadBenchmark.RunAsync(loadArguments, RepositoryRoot());
}

// The printed portrait: build time, bytes on the wire, memory (see Print/PrintBenchmark.cs).
if (args is ["print", .. var printArguments])
{
    return await Diagnostic.Benchmarks.Print.PrintBenchmark.RunAsync(printArguments, RepositoryRoot());
}

var sizes = Option("--sizes", "10000,100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
// --only sqlite-portrait,cells-portrait runs a subset (the ratios need the measurements they name).
var only = Option("--only", string.Join(",", Measurements.Names.Append("cli-portrait"))).Split(',');
if (only.Contains("cli-portrait") && !args.Contains("--no-build"))
{
    Diagnostic.Benchmarks.Load.Commands.BuildRelease(RepositoryRoot(), "src/Diagnostic.Cli");
}
var work = Path.GetFullPath(Option("--work", Path.Combine(Path.GetTempPath(), "diagnostic-bench")));
Console.WriteLine($"Portrait benchmark: {SyntheticCollecte.Dimensions * SyntheticCollecte.ItemsPerDimension} items, " +
    $"{SyntheticCollecte.NeighbourhoodCount} neighbourhoods, {Environment.ProcessorCount} cores, data in {work}");
foreach (var size in sizes)
{
    var prepare = Stopwatch.StartNew();
    await BenchmarkData.PrepareAsync(work, size);
    Console.WriteLine($"\n{size:N0} respondents (data ready in {prepare.Elapsed.TotalSeconds:F1} s)");
    Console.WriteLine($"  {"measurement",-16} {"time (ms)",10} {"peak (MiB)",10}  check");
    var times = new Dictionary<string, double>();
    foreach (var name in only)
    {
        var (ms, mb, check) = Child.Run(name, size, work);
        times[name] = ms;
        Console.WriteLine($"  {name,-16} {ms,10:F1} {mb,10:F0}  {check}");
    }
    double Ratio(string a, string b) => times.TryGetValue(a, out var x) && times.TryGetValue(b, out var y) ? x / y : double.NaN;
    Console.WriteLine($"  ratio sqlite-portrait / sqlite-groupby floor: {Ratio("sqlite-portrait", "sqlite-groupby"):F2}");
    Console.WriteLine($"  ratio sqlite-portrait / cells-portrait (old pass / cold merge of cells): {Ratio("sqlite-portrait", "cells-portrait"):F1} (cold target <= 1000 ms)");
    Console.WriteLine($"  ratio sqlite-answers floor / cells-portrait:                          {Ratio("sqlite-answers", "cells-portrait"):F1}");
    Console.WriteLine($"  ratio packed-portrait / cells-portrait (packed answers / maintained cells): {Ratio("packed-portrait", "cells-portrait"):F1}");
    Console.WriteLine($"  ratio packed-scan / sqlite-answers floor:                             {Ratio("packed-scan", "sqlite-answers"):F2}");
    Console.WriteLine($"  ratio csv-portrait / csv-scan baseline:       {Ratio("csv-portrait", "csv-scan"):F2}");
    Console.WriteLine($"  ratio cli-portrait (the verb, its process) / csv-scan baseline: {Ratio("cli-portrait", "csv-scan"):F2} (target <= 2000 ms, <= 100 MiB)");
    Console.WriteLine($"  ratio csv-parse (CsvHelper alone) / csv-scan:  {Ratio("csv-parse", "csv-scan"):F2}");
}
return 0;

static string RepositoryRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Diagnostic.sln"))) return folder.FullName;
        }
    }
    throw new DirectoryNotFoundException("Run from the repository (Diagnostic.sln not found above the current folder)");
}

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
