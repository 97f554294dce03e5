namespace Diagnostic.Core.Charts;

/// <summary>
/// Where things go on the x axis of a Likert chart, in percentage points: disagreement left of 0,
/// agreement right of it (a middle point is split across 0), then a separate zone for "don't know".
/// The range follows the data, rounded to 25 %, so bars stay wide on a phone.
/// </summary>
internal sealed class LikertGeometry
{
    private const double Step = 25;

    public LikertGeometry(IReadOnlyList<LikertItemBar> bars, int points, ChartCanvas canvas)
    {
        Points = points;
        var left = bars.Select(b => LeftExtent(b.Shares)).DefaultIfEmpty(0.5).Max() * 100;
        var right = bars.Select(b => 100 - LeftExtent(b.Shares) * 100).DefaultIfEmpty(50).Max();
        var dontKnow = bars.Select(b => b.DontKnowShare ?? 0).DefaultIfEmpty(0).Max() * 100;
        Left = -Math.Ceiling(left / Step) * Step;
        Right = Math.Ceiling(right / Step) * Step;
        // First guess of the scale, to size the room for labels in units.
        var labelUnits = 6 * canvas.TextSize * 0.6 * (Right - Left + 60) / (canvas.Width * 0.92);
        LabelX = Left - labelUnits;
        XMin = LabelX - 3;
        tickStep = canvas.IsNarrow ? 2 * Step : Step;
        DontKnowStart = Right + labelUnits + 4;
        XMax = DontKnowStart + Math.Max(10, Math.Ceiling(dontKnow / 10) * 10) + labelUnits;
        PixelsPerUnit = canvas.Width * 0.92 / (XMax - XMin);
    }

    private readonly double tickStep;

    public int Points { get; }
    /// <summary>Where row labels and the left totals may start.</summary>
    public double LabelX { get; }
    public double Left { get; }
    public double Right { get; }
    public double XMin { get; }
    public double XMax { get; }
    public double DontKnowStart { get; }
    public double PixelsPerUnit { get; }

    /// <summary>Share left of 0: the disagreeing points and half of a middle point.</summary>
    public static double LeftExtent(IReadOnlyList<double> shares)
    {
        var half = shares.Count / 2;
        var left = shares.Take(half).Sum();
        return shares.Count % 2 == 1 ? left + shares[half] / 2 : left;
    }

    /// <summary>The disagreeing points only (without a middle point).</summary>
    public static double Disagreeing(IReadOnlyList<double> shares) => shares.Take(shares.Count / 2).Sum();

    public static double Agreeing(IReadOnlyList<double> shares) => shares.Skip((shares.Count + 1) / 2).Sum();

    /// <summary>Ticks from 0 outwards (every 25 %, 50 % on a phone), labelled as positive shares.</summary>
    public IEnumerable<double> Ticks()
    {
        for (var x = -tickStep; x >= Left; x -= tickStep)
            yield return x;
        for (var x = 0.0; x <= Right; x += tickStep)
            yield return x;
    }
}
