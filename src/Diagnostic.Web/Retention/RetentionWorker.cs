using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Retention;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Retention;

/// <summary>
/// Once at start-up, then every day: archives the portrait and deletes the raw answers of each collecte past its
/// retention date (RetentionService), with an audit entry per collecte. A failed run is logged and retried next time.
/// </summary>
public sealed class RetentionWorker(
    IServiceScopeFactory scopes, IOptions<RetentionSettings> settings, IOptions<AnalysisOptions> analysis,
    TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention run failed; it will be retried at the next run");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<RetentionService>().ApplyAsync(analysis.Value.MinCell, ct);
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        foreach (var done in run.Done)
        {
            await audit.RecordAsync(AuditActor.System, AuditActions.CollectePurged, AuditTarget.Collecte(done.CollecteId),
                RetentionDetails.Of(done), ct);
            logger.LogInformation("Retention: collecte {Code}, {Count} responses deleted, portrait kept",
                done.CollecteCode, done.DeletedResponses);
        }
        foreach (var failure in run.Failed)
            logger.LogError(failure.Error, "Retention: collecte {Code} could not be purged; it is tried again at the next run", failure.CollecteCode);
        return run.Done.Count;
    }
}
