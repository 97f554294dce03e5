namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// The 95 % hybrid score interval of a difference of two independent proportions, after − before,
/// built from the two Wilson intervals (Newcombe 1998, Statistics in Medicine 17:873–890, method 10).
/// </summary>
internal readonly record struct NewcombeInterval(double Low, double High)
{
    public static NewcombeInterval Compute(int countBefore, int nBefore, int countAfter, int nAfter)
    {
        var before = (double)countBefore / nBefore;
        var after = (double)countAfter / nAfter;
        var wilsonBefore = WilsonScoreInterval.Compute(countBefore, nBefore);
        var wilsonAfter = WilsonScoreInterval.Compute(countAfter, nAfter);
        var diff = after - before;
        // Newcombe writes θ = p₁ − p₂; here p₁ is `after` and p₂ is `before`.
        var low = diff - Math.Sqrt(Square(after - wilsonAfter.Low) + Square(wilsonBefore.High - before));
        var high = diff + Math.Sqrt(Square(wilsonAfter.High - after) + Square(before - wilsonBefore.Low));
        return new NewcombeInterval(low, high);
    }

    private static double Square(double x) => x * x;
}
