using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// The load harness (issues 11 and 16): complete citizen submissions from concurrent clients against the Release web
/// app on loopback, in phases (one per client count, then the last count again with one client looping on the printed
/// portrait), after a warm-up that is not counted (JIT, first caches). Each phase reports submissions/s, the server's
/// CPU per submission (its own CPU time, start-up excluded) and pages' p50/p95/p99, each with its ratio to the first
/// phase, the baseline measured in the same run. A kill -9 of the server during the last submissions-only phase and a
/// restart on the same database, then a check that every submission the server acknowledged is stored exactly once as submitted.
/// Bounded: clients start no submission after --seconds, and whatever is still running 30 s later is cancelled.
/// </summary>
internal static class LoadBenchmark
{
    private static readonly string[] Neighbourhoods = ["LOAD-1", "LOAD-2", "LOAD-3", "LOAD-4", "LOAD-5", "LOAD-6"];

    public static async Task<int> RunAsync(string[] args, string root)
    {
        var options = LoadOptions.Parse(args, root);
        Directory.CreateDirectory(options.Work);
        if (options.Build) Commands.BuildRelease(root);
        var answers = new CitizenAnswers(ReadQuestionnaire(options.Questionnaire));
        var environment = new LoadEnvironment(options, root, options.Port > 0 ? options.Port : FreePort());
        environment.Reset();
        var variables = environment.Variables();
        var code = "charge-" + Guid.NewGuid().ToString("N")[..6];
        Seed(root, options, variables, code);

        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = int.MaxValue,
        }) { BaseAddress = new Uri(environment.BaseAddress), Timeout = TimeSpan.FromSeconds(30) };
        var log = Path.Combine(options.Work, "server.log");
        File.Delete(log);
        var acknowledged = new ConcurrentBag<string>();
        var phases = new List<PhaseResult>();
        PrintFirst? printFirst = null;
        var restart = TimeSpan.Zero;
        var server = ServerProcess.Start(root, variables, log);
        try
        {
            await server.WaitReadyAsync(client, $"/s/{code}", TimeSpan.FromMinutes(3));
            Console.WriteLine($"Load: {string.Join(", ", options.ClientCounts)} clients, {options.Seconds} s per phase, warm-up {options.Warmup} submissions, " +
                $"kill -9 {(options.KillAt > 0 ? $"{options.KillAt} s into the last phase" : "never")}, " +
                $"{(options.IsPostgres ? "PostgreSQL" : "SQLite")}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, " +
                $"server {environment.BaseAddress}/s/{code}, work {options.Work}");
            await WarmUpAsync(client, options, answers, code, acknowledged);
            if (options.PrintLoop)
            {
                await Database.MakePortraitPublicAsync(options, environment, code);
                printFirst = await PrintFirstAsync(client, code);
            }
            var plan = options.ClientCounts.Select(c => (Clients: c, Printing: false)).ToList();
            if (options.PrintLoop) plan.Add((options.Clients, true));
            // The kill falls in the last submissions-only phase, so the print loop's memory is one server life's.
            var killPhase = options.ClientCounts.Count - 1;
            for (var i = 0; i < plan.Count; i++)
            {
                var phase = new Phase(plan[i].Clients, plan[i].Printing, options, answers, code, acknowledged);
                var (result, newServer, down) = await phase.RunAsync(client, server, i == killPhase && options.KillAt > 0
                    ? () => ServerProcess.Start(root, variables, log)
                    : null);
                server = newServer;
                if (down > TimeSpan.Zero) restart = down;
                phases.Add(result);
                Console.WriteLine($"  phase {i + 1}: {result.Label} done ({result.Acknowledged} acknowledged)");
            }
            server.Stop();
        }
        finally
        {
            // Never leave a server behind, whatever failed.
            server.Dispose();
        }

        var export = Path.Combine(options.Work, "export-long.csv");
        Commands.Cli(root, variables, "export-responses", "--collecte", code, "--out", export, "--format", "long");
        var check = StoredCheck.Compare(acknowledged.ToList(), export, answers.MarkerQuestion.Id);
        LoadReport.Write(phases, printFirst, check, restart, LoadAverage());
        return check.Holds ? 0 : 1;
    }

    /// <summary>Submissions before the measured phases, so they do not pay the JIT and the first reads.</summary>
    private static async Task WarmUpAsync(HttpClient client, LoadOptions options, CitizenAnswers answers, string code, ConcurrentBag<string> acknowledged)
    {
        var latencies = new Latencies();
        var left = options.Warmup;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(4, Math.Max(1, options.Warmup))).Select(index => Task.Run(async () =>
        {
            var random = new Random(1_000_000 + index);
            for (var n = 0; Interlocked.Decrement(ref left) >= 0; n++)
            {
                var marker = $"{code}-w{index}-n{n}";
                await new Citizen(client, code, latencies).SubmitAsync(Neighbourhoods[random.Next(Neighbourhoods.Length)], answers.Draw(random, marker), CancellationToken.None);
                acknowledged.Add(marker);
            }
        })));
    }

    /// <summary>The printed portrait's first request, which builds it (the baseline of the served copies).</summary>
    private static async Task<PrintFirst> PrintFirstAsync(HttpClient client, string code)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/portrait/{code}/imprimer");
        var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET imprimer: {(int)response.StatusCode}");
        return new PrintFirst(clock.Elapsed.TotalMilliseconds, bytes);
    }

    /// <summary>One phase: N clients submitting (and maybe one reading the printed portrait) for --seconds.</summary>
    private sealed class Phase(int clients, bool printing, LoadOptions options, CitizenAnswers answers, string code, ConcurrentBag<string> acknowledged)
    {
        private readonly Latencies latencies = new();

        /// <summary>Apart, so "all pages" stays the answer pages'.</summary>
        private readonly Latencies printLatencies = new();
        private readonly ConcurrentDictionary<string, int> failures = new(StringComparer.Ordinal);
        private int started;
        private int acked;
        private long printBytes;

        public async Task<(PhaseResult, ServerProcess, TimeSpan)> RunAsync(HttpClient client, ServerProcess server, Func<ServerProcess>? restartWith)
        {
            var cpu = 0.0;
            var cpuStart = server.CpuSinceReady;
            var generatorStart = Process.GetCurrentProcess().TotalProcessorTime;
            var memoryStart = server.ResidentMegabytes;
            var down = TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            using var hardStop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds + 30));
            var tasks = Enumerable.Range(0, clients)
                .Select(i => Task.Run(() => ClientLoopAsync(i, client, clock, hardStop.Token)))
                .ToList();
            if (printing) tasks.Add(Task.Run(() => PrintLoopAsync(client, clock, hardStop.Token)));
            if (restartWith is not null)
            {
                var untilKill = TimeSpan.FromSeconds(options.KillAt) - clock.Elapsed;
                if (untilKill > TimeSpan.Zero) await Task.Delay(untilKill);
                var killedAt = clock.Elapsed;
                cpu += server.CpuSinceReady - cpuStart;
                server.Kill();
                server.Dispose();
                Console.WriteLine($"  {killedAt.TotalSeconds:F1} s: server killed (SIGKILL) with {acknowledged.Count} acknowledged so far");
                server = restartWith();
                await server.WaitReadyAsync(client, $"/s/{code}", TimeSpan.FromMinutes(3));
                down = clock.Elapsed - killedAt;
                cpuStart = 0;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds:F1} s: server answering again after {down.TotalSeconds:F1} s");
            }
            await Task.WhenAll(tasks);
            var elapsed = clock.Elapsed;
            cpu += server.CpuSinceReady - cpuStart;
            var generatorCpu = (Process.GetCurrentProcess().TotalProcessorTime - generatorStart).TotalSeconds;
            var label = $"{clients} clients" + (printing ? " + print loop" : "");
            return (new PhaseResult(label, clients, acked, elapsed, cpu, generatorCpu, memoryStart, server.ResidentMegabytes,
                [.. latencies.Summary(), .. printLatencies.Summary().Where(p => p.Page != "all pages")], failures.ToDictionary(), printing ? printBytes : 0), server, down);
        }

        /// <summary>One client: complete submissions one after another until the time is up; a failed one (server down,
        /// unexpected page) is abandoned and a new person starts, after a short pause.</summary>
        private async Task ClientLoopAsync(int index, HttpClient client, Stopwatch clock, CancellationToken hardStop)
        {
            var random = new Random(index + 1000 * clients + (printing ? 7 : 0));
            for (var n = 0; clock.Elapsed.TotalSeconds < options.Seconds && !hardStop.IsCancellationRequested; n++)
            {
                if (Interlocked.Increment(ref started) > options.MaxSubmissions) return;
                var marker = $"{code}-p{clients}{(printing ? "p" : "")}-c{index}-n{n}";
                var citizen = new Citizen(client, code, latencies);
                try
                {
                    await citizen.SubmitAsync(Neighbourhoods[random.Next(Neighbourhoods.Length)], answers.Draw(random, marker), hardStop);
                    acknowledged.Add(marker);
                    Interlocked.Increment(ref acked);
                    await citizen.ThankYouAsync(hardStop);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Citizen.UnexpectedAnswer)
                {
                    failures.AddOrUpdate(Kind(e), 1, (_, count) => count + 1);
                    await Task.Delay(250, CancellationToken.None);
                }
            }
        }

        /// <summary>One reader printing the portrait again and again while the answers arrive.</summary>
        private async Task PrintLoopAsync(HttpClient client, Stopwatch clock, CancellationToken hardStop)
        {
            while (clock.Elapsed.TotalSeconds < options.Seconds && !hardStop.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync($"/portrait/{code}/imprimer", hardStop);
                    var body = await response.Content.ReadAsByteArrayAsync(hardStop);
                    printLatencies.Add("GET imprimer", watch.Elapsed.TotalMilliseconds);
                    Interlocked.Exchange(ref printBytes, body.Length);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.AddOrUpdate("print: " + Kind(e), 1, (_, count) => count + 1);
                    await Task.Delay(250, CancellationToken.None);
                }
            }
        }
    }

    private static string Kind(Exception e) => e switch
    {
        HttpRequestException { HttpRequestError: var error } => $"connection ({error}{(e.InnerException is { } inner ? ": " + inner.GetType().Name : "")})",
        TaskCanceledException => "cancelled or timed out",
        _ => e.Message,
    };

    private static void Seed(string root, LoadOptions options, IReadOnlyDictionary<string, string> variables, string code)
    {
        var territories = Path.Combine(options.Work, "territoires.csv");
        File.WriteAllLines(territories,
            ["code,name,parent,population", "LOAD,Territoire de charge,,30000", .. Neighbourhoods.Select(n => $"{n},Quartier {n[^1]},LOAD,5000")]);
        Commands.Cli(root, variables, "import-territories", territories);
        Commands.Cli(root, variables, "create-collecte", "--code", code, "--questionnaire", options.Questionnaire, "--territory", "LOAD", "--open");
    }

    private static Questionnaire ReadQuestionnaire(string path)
    {
        var read = QuestionnaireReader.Read(File.ReadAllText(path), path);
        return read.Questionnaire ?? throw new InvalidOperationException(string.Join('\n', read.Errors));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

/// <summary>What one phase measured.</summary>
internal sealed record PhaseResult(
    string Label,
    int Clients,
    int Acknowledged,
    TimeSpan Elapsed,
    double ServerCpuSeconds,
    double GeneratorCpuSeconds,
    double MemoryStartMegabytes,
    double MemoryEndMegabytes,
    IReadOnlyList<(string Page, int Count, double P50, double P95, double P99)> Pages,
    IReadOnlyDictionary<string, int> Failures,
    long PrintBytes)
{
    public double SubmissionsPerSecond => Acknowledged / Elapsed.TotalSeconds;
    public double CpuMillisecondsPerSubmission => Acknowledged > 0 ? ServerCpuSeconds / Acknowledged * 1000 : double.NaN;

    /// <summary>The load generator's own CPU per submission: what it took from the server's two cores.</summary>
    public double GeneratorCpuMillisecondsPerSubmission => Acknowledged > 0 ? GeneratorCpuSeconds / Acknowledged * 1000 : double.NaN;
}

/// <summary>The printed portrait's first request (it builds the copy): time and size.</summary>
internal sealed record PrintFirst(double Milliseconds, int Bytes);
