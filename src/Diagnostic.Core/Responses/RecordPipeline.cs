using System.Threading.Channels;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Runs a sequence (reading and validating a response file) on a second thread and hands its items to the caller
/// (accumulating them) in batches through a small bounded channel: the two halves of a large file's pass use two
/// cores, and memory stays bounded (a few batches in flight, never the whole file).
/// </summary>
public static class RecordPipeline
{
    private const int BatchSize = 1024;
    private const int BatchesInFlight = 4;

    /// <summary>
    /// Calls <paramref name="consume"/> on every item of <paramref name="source"/>, in order, while the source is
    /// enumerated on another thread. The source's exception, or the consumer's, is rethrown; the other side stops.
    /// </summary>
    public static async Task ForEachAsync<T>(IEnumerable<T> source, Action<T> consume, CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var item in batch)
                {
                    consume(item);
                }
            }
        }
        catch
        {
            // The consumer failed or was cancelled: stop the producer and wait for it to release the file.
            await stop.CancelAsync();
            await Task.WhenAny(producer);
            throw;
        }
        await producer;
    }

    private static async Task ProduceAsync<T>(IEnumerable<T> source, ChannelWriter<T[]> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new T[BatchSize];
            var count = 0;
            foreach (var item in source)
            {
                batch[count++] = item;
                if (count == BatchSize)
                {
                    await writer.WriteAsync(batch, cancellationToken);
                    batch = new T[BatchSize];
                    count = 0;
                }
            }
            if (count > 0)
            {
                await writer.WriteAsync(batch[..count], cancellationToken);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }
}
