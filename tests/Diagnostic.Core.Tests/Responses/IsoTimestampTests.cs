using System.Globalization;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Tests.Responses;

public class IsoTimestampTests
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
    ];

    [Theory]
    [InlineData("2026-05-01T14:30:00-04:00")]
    [InlineData("2026-05-01T18:30:00Z")]
    [InlineData("2024-02-29T23:59:59+14:00")]
    [InlineData("0002-01-01T00:00:00+00:00")]
    [InlineData("9998-12-31T23:59:59-14:00")]
    [InlineData("2026-11-30T00:00:00-00:00")]
    public void Reads_the_exported_shape_as_the_general_parser_does(string text)
    {
        Assert.True(IsoTimestamp.TryParse(text, out var fast));
        Assert.True(DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var slow));
        Assert.Equal(slow, fast);
        Assert.Equal(slow.Offset, fast.Offset);
    }

    // Each is left to the general parser (which accepts some, words the error for the others).
    [Theory]
    [InlineData("2023-02-29T10:00:00Z")]
    [InlineData("2026-13-01T10:00:00Z")]
    [InlineData("2026-04-31T10:00:00Z")]
    [InlineData("2026-05-01T24:00:00Z")]
    [InlineData("2026-05-01T10:60:00Z")]
    [InlineData("2026-05-01T10:00:60Z")]
    [InlineData("2026-05-01T10:00:00+14:01")]
    [InlineData("2026-05-01T10:00:00+04:60")]
    [InlineData("2026-05-01T10:00:00+0400")]
    [InlineData("2026-05-01T10:00:00.5Z")]
    [InlineData("2026-05-01T10:00Z")]
    [InlineData("2026-05-01")]
    [InlineData("2026-05-01 10:00:00Z")]
    [InlineData("2026-05-01T10:00:00z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2026-0a-01T10:00:00Z")]
    [InlineData("２０２６-05-01T10:00:00Z")]
    public void Leaves_every_other_text_to_the_general_parser(string text)
    {
        Assert.False(IsoTimestamp.TryParse(text, out _));
    }

    [Fact]
    public void Agrees_with_the_general_parser_on_random_timestamps()
    {
        var random = new Random(16);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var offset = random.Next(-15 * 60, 15 * 60 + 1);
            var text = $"{random.Next(1, 10000):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}T{random.Next(0, 26):00}:{random.Next(0, 62):00}:{random.Next(0, 62):00}"
                + (random.Next(4) == 0 ? "Z" : $"{(offset < 0 ? '-' : '+')}{Math.Abs(offset) / 60:00}:{Math.Abs(offset) % 60:00}");
            var slowOk = DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var slow);
            if (IsoTimestamp.TryParse(text, out var fast))
            {
                Assert.True(slowOk, text);
                Assert.Equal((slow, slow.Offset), (fast, fast.Offset));
                accepted++;
            }
        }
        Assert.InRange(accepted, 5_000, 20_000);
    }
}
