using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Responses;

public class TwoStageFeedTests
{
    [Fact]
    public async Task Every_item_reaches_the_consumer_in_order_while_feeding_holds_and_the_source_is_read_to_its_end()
    {
        var read = 0;
        var received = new List<int>();
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 5000; i++) { read++; yield return i; }
        }

        await TwoStageFeed.RunAsync(Source(), received.Add, () => read <= 3000, default);

        Assert.Equal(5000, read);
        Assert.Equal(Enumerable.Range(0, 3000), received);
    }

    [Fact]
    public async Task A_failing_consumer_stops_the_reader_and_its_exception_comes_out()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => TwoStageFeed.RunAsync(
            Enumerable.Range(0, 1_000_000), i => { if (i == 10) throw new ArgumentException("bad response"); }, () => true, default));
        Assert.Equal("bad response", error.Message);
    }
}
