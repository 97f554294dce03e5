using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Responses;

public class RecordPipelineTests
{
    [Fact]
    public async Task Hands_every_item_in_order_on_another_thread_than_the_source()
    {
        var sourceThreads = new HashSet<int>();
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 10_000; i++)
            {
                lock (sourceThreads) sourceThreads.Add(Environment.CurrentManagedThreadId);
                yield return i;
            }
        }
        var seen = new List<int>();
        await RecordPipeline.ForEachAsync(Source(), seen.Add);
        Assert.Equal(Enumerable.Range(0, 10_000), seen);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, sourceThreads);
    }

    [Fact]
    public async Task The_source_failure_reaches_the_caller_after_whole_batches_before_it()
    {
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 3000; i++) yield return i;
            throw new InvalidDataException("bad file");
        }
        var seen = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => RecordPipeline.ForEachAsync(Source(), seen.Add));
        Assert.Equal("bad file", error.Message);
        Assert.Equal(Enumerable.Range(0, 2048), seen); // two whole batches of 1024; the partial third is dropped
    }

    [Fact]
    public async Task A_consumer_failure_stops_the_source_and_releases_it()
    {
        var produced = 0;
        var disposed = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    produced++;
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }
        await Assert.ThrowsAsync<ArithmeticException>(() => RecordPipeline.ForEachAsync(Source(), i =>
        {
            if (i == 10) throw new ArithmeticException();
        }));
        Assert.True(disposed);
        Assert.InRange(produced, 11, 20_000);
    }
}
