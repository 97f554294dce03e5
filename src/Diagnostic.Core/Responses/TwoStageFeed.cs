using System.Threading.Channels;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Reads records on one thread and hands them, in batches and in order, to a consumer on another: parsing a large
/// response file and accumulating the portrait then overlap instead of adding up (two cores, about half the time).
/// </summary>
public static class TwoStageFeed
{
    private const int BatchSize = 1024;
    private const int BatchesInFlight = 4;

    /// <summary>
    /// Enumerates <paramref name="source"/> to its end (so every error of a file is still found) and passes each item
    /// to <paramref name="consume"/> while <paramref name="feeding"/> holds; the consumer runs on one thread at a time.
    /// </summary>
    public static async Task RunAsync<T>(IEnumerable<T> source, Action<T> consume, Func<bool> feeding, CancellationToken ct)
    {
        var queue = Channel.CreateBounded<T[]>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        // A consumer that fails stops the reader too, rather than leaving it blocked on a full queue.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var consumer = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in queue.Reader.ReadAllAsync(ct))
                    foreach (var item in batch) consume(item);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                var batch = new List<T>(BatchSize);
                foreach (var item in source)
                {
                    failed.Token.ThrowIfCancellationRequested();
                    if (!feeding()) continue;
                    batch.Add(item);
                    if (batch.Count == BatchSize || !feeding())
                    {
                        await queue.Writer.WriteAsync(batch.ToArray(), failed.Token);
                        batch.Clear();
                    }
                }
                if (batch.Count > 0) await queue.Writer.WriteAsync(batch.ToArray(), failed.Token);
            }
            finally
            {
                queue.Writer.Complete();
            }
        }, ct);
        try
        {
            await producer;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The consumer failed: its exception is the one to report.
        }
        await consumer;
    }
}
