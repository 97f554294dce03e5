namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// Runs <see cref="PrintedPortraits.RefreshAsync"/> every <see cref="Every"/> (on the app's TimeProvider), so a
/// printed portrait follows new answers at most a minute (plus one pass) late, built off the request path.
/// A failed pass is logged and the next one tries again; readers keep the last built copy meanwhile.
/// </summary>
public sealed class PrintedPortraitRefresher(PrintedPortraits printed, TimeProvider clock, ILogger<PrintedPortraitRefresher> log)
    : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await printed.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Rebuilding the printed portraits failed; readers keep the last built copies");
            }
        }
    }
}
