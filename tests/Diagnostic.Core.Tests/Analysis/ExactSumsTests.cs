using System.Numerics;
using Diagnostic.Core.Analysis;

namespace Diagnostic.Core.Tests.Analysis;

public class ExactSumsTests
{
    [Fact]
    public void Small_and_large_steps_give_the_exact_count_sum_and_squares_added_and_removed()
    {
        // Around 3,037,000,499 (the largest step whose square fits a long) the sums take another path: both must
        // agree with BigInteger arithmetic, and removing every step must leave zero.
        long[] steps = [0, 1, -1, 5, 3_037_000_498, 3_037_000_499, -3_037_000_499, 3_037_000_500, -3_037_000_500,
            99_000_000_000, long.MaxValue / 4, -(long.MaxValue / 4)];
        var sums = new ExactSums();
        BigInteger sum = 0, squares = 0;
        foreach (var step in steps)
        {
            sums.Add(step, 1);
            sum += step;
            squares += (BigInteger)step * step;
        }
        Assert.Equal(steps.Length, sums.Count);
        Assert.Equal(sum, (BigInteger)sums.Sum);
        Assert.Equal(squares, (BigInteger)sums.Squares);

        foreach (var step in steps.Reverse())
        {
            sums.Add(step, -1);
        }
        Assert.True(sums.IsZero);
    }
}
