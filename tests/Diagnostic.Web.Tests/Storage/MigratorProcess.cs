using System.Diagnostics;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// The real `diagnostic` command (the built Diagnostic.Cli output) started as a child process on a database, with the
/// test-only pause hook: it stops right after EF has taken its migration lock row, holding the OS lock too.
/// </summary>
public sealed class MigratorProcess : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly string marker;

    private MigratorProcess(Process process, string marker)
    {
        this.process = process;
        this.marker = marker;
    }

    public bool HasExited => process.HasExited;

    /// <summary>Starts `dotnet diagnostic.dll apply-retention --dry-run` (a verb that migrates first) and waits until it pauses.</summary>
    public static async Task<MigratorProcess> StartPausedAsync(string databaseFile)
    {
        var marker = databaseFile + ".paused";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliDll(), "apply-retention", "--dry-run" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Diagnostic"] = $"Data Source={databaseFile}";
        start.Environment["DIAGNOSTIC_TEST_PAUSE_IN_MIGRATION"] = marker;
        var process = Process.Start(start)!;
        var child = new MigratorProcess(process, marker);
        var deadline = DateTime.UtcNow + Bound;
        while (!File.Exists(marker))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "(still running)";
                child.Dispose();
                throw new InvalidOperationException($"the CLI never paused in its migration: {error}");
            }
            await Task.Delay(50);
        }
        return child;
    }

    /// <summary>SIGKILL: no finally block, no dispose, exactly as `kill -9`.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>The CLI's entry assembly, built beside the test assembly through the project reference.</summary>
    private static string CliDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "diagnostic.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("the built CLI is missing", dll);
        return dll;
    }

    public void Dispose()
    {
        if (!process.HasExited) KillHard();
        process.Dispose();
        File.Delete(marker);
    }
}
