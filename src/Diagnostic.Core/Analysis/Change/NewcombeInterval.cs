namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// The 95 % hybrid score interval of a difference of two independent proportions, after − before,
/// built from the two Wilson intervals (Newcombe 1998, Statistics in Medicine 17:873–890, method 10).
/// The caller guarantees both n &gt; 0.
/// </summary>
internal readonly record struct NewcombeInterval(double Low, double High)
{
    public static NewcombeInterval Compute(int countBefore, int nBefore, int countAfter, int nAfter)
    {
        var before = (double)countBefore / nBefore;
        var after = (double)countAfter / nAfter;
        var wilsonBefore = Wilson(countBefore, nBefore);
        var wilsonAfter = Wilson(countAfter, nAfter);
        var diff = after - before;
        // Newcombe writes θ = p₁ − p₂; here p₁ is `after` and p₂ is `before`.
        var low = diff - Math.Sqrt(Square(after - wilsonAfter.Low) + Square(wilsonBefore.High - before));
        var high = diff + Math.Sqrt(Square(wilsonAfter.High - after) + Square(before - wilsonBefore.Low));
        return new NewcombeInterval(low, high);
    }

    private static (double Low, double High) Wilson(int count, int n) =>
        Statistics.WilsonInterval(count, n) ?? throw new ArgumentOutOfRangeException(nameof(n), $"{count} of {n} is not a proportion");

    private static double Square(double x) => x * x;
}
