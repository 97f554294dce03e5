using System.Globalization;

namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// The load harness's command line: `load [--clients 50,200] [--seconds 60] [--kill-at 30] [--warmup 30] [--no-print]
/// [--work DIR] [--port P] [--questionnaire FILE] [--max-submissions N] [--no-build] [--provider sqlite|postgres
/// --connection CONN] [--rate-limit-env KEY=VALUE ...] [--server-env KEY=VALUE ...]`. One phase of --seconds per
/// client count, then (unless --no-print) the last count again with one more client reading the printed portrait in
/// a loop; --kill-at (seconds into the last submissions-only phase; 0: no kill) kills the server there.
/// </summary>
internal sealed record LoadOptions(
    IReadOnlyList<int> ClientCounts,
    int Warmup,
    bool PrintLoop,
    int Seconds,
    int KillAt,
    string Work,
    int Port,
    string Questionnaire,
    int MaxSubmissions,
    bool Build,
    string Provider,
    string? Connection,
    IReadOnlyDictionary<string, string> ServerEnvironment)
{
    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    public int Clients => ClientCounts[^1];

    /// <summary>
    /// The rate limiter (settings section RateLimits) is off so the benchmark measures the server, not the limiter:
    /// every loop-back citizen shares one address. Replace it with --rate-limit-env KEY=VALUE.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultRateLimits = new Dictionary<string, string>
    {
        ["RateLimits__Enabled"] = "false",
    };

    public static LoadOptions Parse(string[] args, string root)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var rateLimits = Pairs(args, "--rate-limit-env");
        foreach (var (key, value) in rateLimits.Count > 0 ? rateLimits : DefaultRateLimits) environment[key] = value;
        foreach (var (key, value) in Pairs(args, "--server-env")) environment[key] = value;
        var options = new LoadOptions(
            (Text(args, "--clients") ?? "50,200").Split(',').Select(c => Parse("--clients", c)).ToList(),
            Number(args, "--warmup", 30),
            !args.Contains("--no-print"),
            Number(args, "--seconds", 60),
            Number(args, "--kill-at", 30),
            Path.GetFullPath(Text(args, "--work") ?? Path.Combine(Path.GetTempPath(), "diagnostic-load")),
            Number(args, "--port", 0),
            Path.GetFullPath(Text(args, "--questionnaire") ?? Path.Combine(root, "questionnaires", "citoyens.yaml")),
            Number(args, "--max-submissions", 1_000_000),
            !args.Contains("--no-build"),
            Text(args, "--provider") ?? "sqlite",
            Text(args, "--connection"),
            environment);
        if (options.ClientCounts.Any(c => c < 1) || options.Seconds < 1 || options.KillAt < 0 || options.KillAt >= options.Seconds)
            throw new ArgumentException("--clients and --seconds must be at least 1, and --kill-at between 0 (no kill) and --seconds");
        if (options.IsPostgres && string.IsNullOrWhiteSpace(options.Connection))
            throw new ArgumentException("--provider postgres needs --connection \"Host=...;Database=...;Username=...;Password=...\"");
        if (!options.IsPostgres && !options.Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"--provider: '{options.Provider}' is neither sqlite nor postgres");
        return options;
    }

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Number(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? Parse(name, text) : fallback;

    private static int Parse(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name}: '{text}' is not a whole number");

    private static Dictionary<string, string> Pairs(string[] args, string name)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] != name) continue;
            var pair = args[i + 1].Split('=', 2);
            if (pair.Length != 2 || pair[0].Length == 0) throw new ArgumentException($"{name}: '{args[i + 1]}' is not KEY=VALUE");
            pairs[pair[0]] = pair[1];
        }
        return pairs;
    }
}
