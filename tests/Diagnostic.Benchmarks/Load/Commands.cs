using System.Diagnostics;

namespace Diagnostic.Benchmarks.Load;

/// <summary>Runs the builds and the `diagnostic` CLI verbs the harness needs, as child processes that must succeed.</summary>
internal static class Commands
{
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Builds the web app and the CLI in Release (the harness runs their outputs directly, so a
    /// `kill -9` hits the server itself, not a `dotnet run` wrapper).</summary>
    public static void BuildRelease(string root, params string[] projects)
    {
        foreach (var project in projects.Length > 0 ? projects : ["src/Diagnostic.Web", "src/Diagnostic.Cli"])
            Run(Dotnet, root, null, "build", "-c", "Release", project, "-v", "q", "-nologo");
    }

    public static string Cli(string root, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dll = Path.Combine(root, "src/Diagnostic.Cli/bin/Release/net10.0/diagnostic.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the CLI in Release first (drop --no-build)", dll);
        return Run(Dotnet, root, environment, [dll, .. arguments]);
    }

    private static string Run(string program, string folder, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output}\n{error.Result}");
        return output;
    }
}
