using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Diagnostic.Benchmarks.Load;

namespace Diagnostic.Benchmarks.Print;

/// <summary>
/// The printed portrait benchmark (issue 16: ≤ 1 MB on the wire, ≤ 300 ms to build, bounded memory). Starts the
/// Release web app on loopback over the portrait page benchmark's database (SIZE answers, 30 neighbourhoods), then
/// measures, in this order: a neighbourhood page, the baseline (first request: portrait from the cells, views,
/// page; bytes with its drawings), the printed portrait's builds as the server logs them (French first, in a fresh
/// process; English next, warm), its bytes on the wire with every drawing it loads, raw and Brotli-compressed, and the
/// server's memory before and after a reader loops on it. Ratios are to the neighbourhood page measured in the same run.
/// </summary>
internal static partial class PrintBenchmark
{
    private const string Code = "bench";
    private const int Loops = 50;

    public static async Task<int> RunAsync(string[] args, string root)
    {
        var size = int.Parse(Option(args, "--size", "3000"), CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(Option(args, "--work", Path.Combine(Path.GetTempPath(), "diagnostic-bench")));
        var port = int.Parse(Option(args, "--port", "0"), CultureInfo.InvariantCulture);
        if (port == 0) port = FreePort();
        if (!args.Contains("--no-build")) Commands.BuildRelease(root);
        var database = await PortraitPageBenchmark.PrepareAsync(size, work);
        var address = $"http://127.0.0.1:{port}";
        var log = Path.Combine(work, "print-server.log");
        File.Delete(log);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = address,
            ["PublicBaseUrl"] = address,
            ["AllowedHosts"] = "127.0.0.1",
            ["Demo__Enabled"] = "false",
            ["Storage__DataDirectory"] = Path.Combine(work, "print-data"),
            ["ConnectionStrings__Diagnostic"] = $"Data Source={database}",
            ["Logging__LogLevel__Default"] = "Warning",
            // The build time comes from the server's own line (PrintedPortraits), not from a request's time.
            ["Logging__LogLevel__Diagnostic.Web.Pages.Portraits.PrintedPortraits"] = "Information",
        };
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromMinutes(2),
        };
        using var server = ServerProcess.Start(root, environment, log);
        try
        {
            await server.WaitReadyAsync(client, "/health", TimeSpan.FromMinutes(3));
            Console.WriteLine($"Print benchmark: {size:N0} answers, 30 neighbourhoods, {Environment.ProcessorCount} cores, " +
                $"load average {LoadAverage()}, server {address}, work {work}");

            var (hoodMs, _) = await TimedAsync(client, $"/portrait/{Code}/quartier/Q01");
            var hood = await WeightAsync(client, $"/portrait/{Code}/quartier/Q01");
            var (printMs, _) = await TimedAsync(client, $"/portrait/{Code}/imprimer");
            var french = await BuildMillisecondsAsync(log, "fr");
            var (englishMs, _) = await TimedAsync(client, $"/portrait/{Code}/imprimer?lang=en");
            var english = await BuildMillisecondsAsync(log, "en");
            var (servedMs, html) = await TimedAsync(client, $"/portrait/{Code}/imprimer");
            var neighbourhoods = SectionTag().Matches(html).Count;
            var print = await WeightAsync(client, $"/portrait/{Code}/imprimer");

            var before = server.ResidentMegabytes;
            for (var i = 0; i < Loops; i++)
                await TimedAsync(client, $"/portrait/{Code}/imprimer" + (i % 2 == 0 ? "" : "?lang=en"));
            var after = server.ResidentMegabytes;

            // The steady state: a new answer, then the background refresher's rebuild (at most once a minute), which
            // also recomputes the portrait from the cells; both languages are held, so both are rebuilt.
            var logged = BuildLine().Matches(await ReadLogAsync(log)).Count;
            Console.WriteLine($"  (a new answer, then waiting up to {RebuildWait.TotalSeconds:F0} s for the background rebuild)");
            await PortraitPageBenchmark.TouchAsync(database);
            var rebuilds = await RebuildsAsync(log, logged + 2);

            Console.WriteLine($"  baseline: neighbourhood page, first request (portrait from the cells, views, page)  {hoodMs,8:F1} ms");
            Console.WriteLine($"            its bytes on the wire with its {hood.Drawings} drawings: {hood.Compressed,9:N0} B (uncompressed {hood.Raw:N0} B)");
            Console.WriteLine($"  printed portrait, {neighbourhoods} neighbourhoods:");
            Console.WriteLine($"    build, French, fresh process (server log)   {french,8:F1} ms   (first request {printMs:F1} ms)   ratio to the baseline page {french / hoodMs:F2}");
            Console.WriteLine($"    build, English, warm process (server log)   {english,8:F1} ms   (first request {englishMs:F1} ms)   ratio to the baseline page {english / hoodMs:F2}");
            foreach (var (language, total, portrait) in rebuilds)
                Console.WriteLine($"    background rebuild after a new answer, {language}  {total,8:F1} ms   (of which the portrait from the cells {portrait:F1} ms)   ratio to the baseline page {total / hoodMs:F2}   target <= 300 ms: {(total <= 300 ? "met" : "NOT met")}");
            Console.WriteLine($"    served copy (no build)                      {servedMs,8:F1} ms");
            Console.WriteLine($"    on the wire with its {print.Drawings} drawings: {print.Compressed,9:N0} B compressed, {print.Raw:N0} B uncompressed " +
                $"(page {print.PageCompressed:N0} B / {print.PageRaw:N0} B)   target <= 1 MB: {(print.Compressed <= 1_000_000 ? "met" : "NOT met")}");
            Console.WriteLine($"    per neighbourhood {print.Compressed / Math.Max(1, neighbourhoods),9:N0} B   ratio to the baseline page {(double)print.Compressed / Math.Max(1, neighbourhoods) / hood.Compressed:F2}");
            Console.WriteLine($"    server memory {before:F0} MB before, {after:F0} MB after {Loops} more readings (ratio {after / before:F2})");
            Console.WriteLine($"  load average at the end {LoadAverage()}");
            return 0;
        }
        finally
        {
            server.Stop();
        }
    }

    /// <summary>A page and the drawings it loads (the narrowest each offers, as the printed portrait does), compressed and raw.</summary>
    private static async Task<Weight> WeightAsync(HttpClient client, string path)
    {
        var (_, html) = await TimedAsync(client, path);
        var pageCompressed = await BytesAsync(client, path, "br");
        var pageRaw = await BytesAsync(client, path, "identity");
        long compressed = pageCompressed, raw = pageRaw;
        var drawings = ImageSource().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        foreach (var drawing in drawings)
        {
            compressed += await BytesAsync(client, drawing, "br");
            raw += await BytesAsync(client, drawing, "identity");
        }
        return new Weight(pageCompressed, pageRaw, drawings.Count, compressed, raw);
    }

    private static async Task<long> BytesAsync(HttpClient client, string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    private static async Task<(double Milliseconds, string Body)> TimedAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        return (watch.Elapsed.TotalMilliseconds, body);
    }

    /// <summary>The server's « Printed portrait of collecte 1 (fr) built in 123.4 ms » line (the console logger writes it a moment later).</summary>
    private static async Task<double> BuildMillisecondsAsync(string log, string language)
    {
        for (var i = 0; i < 100; i++)
        {
            var built = BuildLine().Matches(await ReadLogAsync(log)).LastOrDefault(m => m.Groups["language"].Value == language);
            if (built is not null) return double.Parse(built.Groups["ms"].Value, CultureInfo.InvariantCulture);
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"the server logged no build of the printed portrait in '{language}'; see {log}");
    }

    private static readonly TimeSpan RebuildWait = TimeSpan.FromSeconds(150);

    /// <summary>The build lines after the first <paramref name="count"/> - 2: language, total and portrait milliseconds.</summary>
    private static async Task<IReadOnlyList<(string Language, double Total, double Portrait)>> RebuildsAsync(string log, int count)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < RebuildWait)
        {
            var lines = BuildLine().Matches(await ReadLogAsync(log));
            if (lines.Count >= count)
                return lines.Skip(count - 2).Select(m => (m.Groups["language"].Value,
                    double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture),
                    double.Parse(m.Groups["portrait"].Value, CultureInfo.InvariantCulture))).ToList();
            await Task.Delay(1000);
        }
        throw new TimeoutException($"no background rebuild of the printed portrait within {RebuildWait.TotalSeconds:F0} s; see {log}");
    }

    /// <summary>The server's log so far (the server still writes to it).</summary>
    private static async Task<string> ReadLogAsync(string log)
    {
        await using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private sealed record Weight(long PageCompressed, long PageRaw, int Drawings, long Compressed, long Raw);

    [GeneratedRegex("<img class=\"chart-image\" src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();

    [GeneratedRegex("<section class=\"portrait-section\" id=\"q-")]
    private static partial Regex SectionTag();

    [GeneratedRegex(@"Printed portrait of collecte \d+ \((?<language>\w+)\) built in (?<ms>[0-9.]+) ms \(portrait (?<portrait>[0-9.]+) ms\)")]
    private static partial Regex BuildLine();
}
