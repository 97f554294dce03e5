using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Responses;

public class ResponseIdSetTests
{
    [Fact]
    public void Finds_every_duplicate_with_its_first_line_as_a_dictionary_does()
    {
        var random = new Random(16);
        var set = new ResponseIdSet();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = 0;
        for (var line = 2; line < 300_000; line++)
        {
            // Short and long ids, accents, and one of about 2 MB (a block of its own), some repeated.
            var id = random.Next(50) switch
            {
                0 => $"é-{random.Next(1000)}",
                1 => new string('x', random.Next(100, 300)) + random.Next(20),
                _ => random.Next(400_000).ToString("x", System.Globalization.CultureInfo.InvariantCulture),
            };
            if (line == 150_000) id = new string('z', 2_000_000);
            var added = set.TryAdd(id, line, out var first);
            var expected = reference.TryAdd(id, line);
            Assert.Equal(expected, added);
            Assert.Equal(reference[id], first);
            if (!added) duplicates++;
        }
        Assert.True(set.TryAdd(new string('z', 1_999_999), 1, out _));
        Assert.False(set.TryAdd(new string('z', 2_000_000), 1, out var big));
        Assert.Equal(150_000, big);
        Assert.InRange(duplicates, 50_000, 200_000);
    }

    [Fact]
    public void Ids_that_differ_only_by_case_or_normalisation_are_different()
    {
        var set = new ResponseIdSet();
        Assert.True(set.TryAdd("Abc", 2, out _));
        Assert.True(set.TryAdd("abc", 3, out _));
        Assert.True(set.TryAdd("e\u0301", 4, out _));
        Assert.True(set.TryAdd("\u00e9", 5, out _));
        Assert.True(set.TryAdd("", 6, out _));
        Assert.False(set.TryAdd("\u00e9", 7, out var first));
        Assert.Equal(5, first);
    }

    [Fact]
    public void Reserving_room_midway_keeps_every_id_and_its_first_line()
    {
        var set = new ResponseIdSet();
        for (var line = 2; line < 5_000; line++) Assert.True(set.TryAdd($"r{line}", line, out _));
        set.Reserve(200_000);
        set.Reserve(10); // smaller than what is there: nothing changes
        for (var line = 5_000; line < 60_000; line++) Assert.True(set.TryAdd($"r{line}", line, out _));
        Assert.False(set.TryAdd("r2", 70_000, out var first));
        Assert.Equal(2, first);
        Assert.False(set.TryAdd("r59999", 70_001, out first));
        Assert.Equal(59_999, first);
    }
}
