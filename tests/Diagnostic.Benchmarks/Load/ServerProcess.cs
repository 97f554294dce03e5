using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Diagnostic.Benchmarks.Load;

/// <summary>
/// The Release web app as a child process on loopback, its output in a log file. Kill is SIGKILL (no shutdown code
/// runs); Stop is SIGTERM, then SIGKILL after 30 s. Counts the server's CPU time from ready to kill or stop, so the
/// start (JIT, migrations) is not charged to the submissions.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private TimeSpan cpuAtReady;
    private bool closed;

    private ServerProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    /// <summary>CPU seconds used while serving, over every life of the server that has ended.</summary>
    public static double ServingCpuSeconds { get; private set; }

    /// <summary>
    /// CPU seconds this life has used since it was ready: user + system time of the process itself, which .NET reads
    /// from /proc/&lt;pid&gt;/stat on Linux, so the load generator's own work is never counted.
    /// </summary>
    public double CpuSinceReady => (process.TotalProcessorTime - cpuAtReady).TotalSeconds;

    /// <summary>Resident memory of the server now (VmRSS), in MB.</summary>
    public double ResidentMegabytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64 / 1048576.0;
        }
    }

    public static ServerProcess Start(string root, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var dll = Path.Combine(root, "src/Diagnostic.Web/bin/Release/net10.0/Diagnostic.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the web app in Release first (drop --no-build)", dll);
        var start = new ProcessStartInfo(Commands.Dotnet)
        {
            WorkingDirectory = Path.Combine(root, "src/Diagnostic.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("the web app did not start");
        var server = new ServerProcess(process, log);
        process.OutputDataReceived += (_, e) => server.Write(e.Data);
        process.ErrorDataReceived += (_, e) => server.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until the collecte's welcome page answers 200 (migrations done, questionnaire loaded).</summary>
    public async Task WaitReadyAsync(HttpClient client, string path, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"the web app exited with {process.ExitCode}; see its log");
            try
            {
                using var response = await client.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    cpuAtReady = process.TotalProcessorTime;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // listening but too slow to answer yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the web app did not answer {path} within {timeout.TotalSeconds:F0} s");
    }

    /// <summary>kill -9: the process gets no chance to flush or shut down.</summary>
    public void Kill()
    {
        AddServingCpu();
        process.Kill();
        process.WaitForExit();
    }

    public void Stop()
    {
        AddServingCpu();
        if (SendSignal(process.Id, Sigterm) != 0 || !process.WaitForExit(TimeSpan.FromSeconds(30))) process.Kill();
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (closed) return;
        if (!process.HasExited) process.Kill();
        process.Dispose();
        lock (log)
        {
            closed = true;
            log.Dispose();
        }
    }

    private void AddServingCpu() => ServingCpuSeconds += (process.TotalProcessorTime - cpuAtReady).TotalSeconds;

    private void Write(string? line)
    {
        if (line is null) return;
        lock (log)
        {
            if (!closed) log.WriteLine(line);
        }
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
