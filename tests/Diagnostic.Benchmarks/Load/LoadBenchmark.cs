using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// The load harness (issue 11): complete citizen submissions from N concurrent clients against the Release web app
/// on loopback, a kill -9 of the server mid-run and a restart on the same database, then a check that every
/// submission the server acknowledged is stored exactly once as submitted. Bounded: clients start no submission
/// after --seconds, and whatever is still running 30 s later is cancelled.
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
        var run = new RunState(options, answers, code);
        var server = ServerProcess.Start(root, variables, log);
        TimeSpan elapsed, restart = TimeSpan.Zero;
        try
        {
            await server.WaitReadyAsync(client, $"/s/{code}", TimeSpan.FromMinutes(3));
            Console.WriteLine($"Load: {options.Clients} clients, {options.Seconds} s, kill -9 at {(options.KillAt > 0 ? options.KillAt + " s" : "never")}, " +
                $"{(options.IsPostgres ? "PostgreSQL" : "SQLite")}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, " +
                $"server {environment.BaseAddress}/s/{code}, work {options.Work}");
            var clock = Stopwatch.StartNew();
            using var hardStop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds + 30));
            var clients = Enumerable.Range(0, options.Clients)
                .Select(i => Task.Run(() => ClientLoopAsync(i, client, run, clock, hardStop.Token)))
                .ToList();
            if (options.KillAt > 0)
            {
                var untilKill = TimeSpan.FromSeconds(options.KillAt) - clock.Elapsed;
                if (untilKill > TimeSpan.Zero) await Task.Delay(untilKill);
                var killedAt = clock.Elapsed;
                server.Kill();
                server.Dispose();
                Console.WriteLine($"  {killedAt.TotalSeconds:F1} s: server killed (SIGKILL) with {run.Acknowledged.Count} acknowledged so far");
                server = ServerProcess.Start(root, variables, log);
                await server.WaitReadyAsync(client, $"/s/{code}", TimeSpan.FromMinutes(3));
                restart = clock.Elapsed - killedAt;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds:F1} s: server answering again after {restart.TotalSeconds:F1} s");
            }
            await Task.WhenAll(clients);
            elapsed = clock.Elapsed;
            server.Stop();
        }
        finally
        {
            // Never leave a server behind, whatever failed.
            server.Dispose();
        }

        var export = Path.Combine(options.Work, "export-long.csv");
        Commands.Cli(root, variables, "export-responses", "--collecte", code, "--out", export, "--format", "long");
        var check = StoredCheck.Compare(run.Acknowledged.ToList(), export, answers.MarkerQuestion.Id);
        Report(run, check, elapsed, restart);
        return check.Holds ? 0 : 1;
    }

    /// <summary>One client: complete submissions one after another until the time is up; a failed one (server down,
    /// unexpected page) is abandoned and a new person starts, after a short pause.</summary>
    private static async Task ClientLoopAsync(int index, HttpClient client, RunState run, Stopwatch clock, CancellationToken hardStop)
    {
        var random = new Random(index);
        for (var n = 0; clock.Elapsed.TotalSeconds < run.Options.Seconds && !hardStop.IsCancellationRequested; n++)
        {
            if (Interlocked.Increment(ref run.Started) > run.Options.MaxSubmissions) return;
            var marker = $"{run.Code}-c{index}-n{n}";
            var citizen = new Citizen(client, run.Code, run.Latencies);
            try
            {
                await citizen.SubmitAsync(Neighbourhoods[random.Next(Neighbourhoods.Length)], run.Answers.Draw(random, marker), hardStop);
                run.Acknowledged.Add(marker);
                await citizen.ThankYouAsync(hardStop);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Citizen.UnexpectedAnswer)
            {
                run.Failures.AddOrUpdate(Kind(e), 1, (_, count) => count + 1);
                await Task.Delay(250, CancellationToken.None);
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

    private static void Report(RunState run, StoredCheck check, TimeSpan elapsed, TimeSpan restart)
    {
        Console.WriteLine($"\n  duration                 {elapsed.TotalSeconds,8:F1} s (server down {restart.TotalSeconds:F1} s)");
        Console.WriteLine($"  submissions/s            {check.Acknowledged / elapsed.TotalSeconds,8:F1}");
        Console.WriteLine($"  acknowledged             {check.Acknowledged,8}");
        Console.WriteLine($"  stored (of acknowledged) {check.Stored,8}");
        Console.WriteLine($"  lost                     {check.Lost,8}{(check.Lost > 0 ? "  e.g. " + string.Join(", ", check.LostMarkers.Take(5)) : "")}");
        Console.WriteLine($"  duplicated               {check.Duplicated,8}");
        Console.WriteLine($"  stored, not acknowledged {check.StoredUnacknowledged,8}  (in flight at the kill or the end; not an error)");
        if (check.Acknowledged > 0)
            Console.WriteLine($"  server CPU / submission  {ServerProcess.ServingCpuSeconds / check.Acknowledged * 1000,8:F1} ms ({ServerProcess.ServingCpuSeconds:F1} s while serving)");
        Console.WriteLine($"  load average at the end  {LoadAverage()}");
        foreach (var (kind, count) in run.Failures.OrderByDescending(f => f.Value))
            Console.WriteLine($"  abandoned: {count,6} × {kind}");
        Console.WriteLine($"\n  {"page",-18} {"requests",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        foreach (var (page, count, p50, p95, p99) in run.Latencies.Summary())
            Console.WriteLine($"  {page,-18} {count,9} {p50,8:F0} {p95,8:F0} {p99,8:F0}");
        Console.WriteLine(check.Holds ? "\n  OK: every acknowledged submission is stored exactly once." : "\n  FAILED: acknowledged submissions lost or duplicated.");
    }

    private sealed class RunState(LoadOptions options, CitizenAnswers answers, string code)
    {
        public LoadOptions Options => options;
        public CitizenAnswers Answers => answers;
        public string Code => code;
        public Latencies Latencies { get; } = new();
        public ConcurrentBag<string> Acknowledged { get; } = [];
        public ConcurrentDictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);
        public int Started;
    }
}
