using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// How each accumulated value becomes an integer for <see cref="ExactSums"/>, decided once per questionnaire.
/// A scale code is its own integer. A number keeps six decimals (answers are typed text, so 0.1 stays 0.1).
/// A dimension score, (100 / c) Σ rᵢ / Hᵢ over its c answered items (rᵢ the point's rank, reversed when the item
/// is, Hᵢ its scale's highest rank), is an integer number of 100 / (L·C) steps, with L the least common multiple
/// of the Hᵢ and C that of 1..k: u = (C / c) Σ rᵢ·L / Hᵢ. An item's rescaled value for α is rᵢ·L / Hᵢ steps of 100 / L.
/// </summary>
internal sealed class ExactUnits
{
    public const double NumberScale = 1e6;

    /// <summary>
    /// The largest number answer accepted, whatever the question's own bounds: 10⁹ is 10¹⁵ units, whose square summed
    /// over 10⁸ respondents still fits the 128-bit sum of squares. Beyond it a submission or an import overflowed.
    /// </summary>
    public const double LargestNumber = 1e9;

    public ExactUnits(QuestionPlan plan)
    {
        ValueUnit = plan.Questions.Select(q => q.Type == QuestionType.Number ? 1 / NumberScale : 1.0).ToArray();
        ItemSteps = new long[plan.Dimensions.Length][];
        CountSteps = new long[plan.Dimensions.Length][];
        ScoreUnit = new double[plan.Dimensions.Length];
        ItemUnit = new double[plan.Dimensions.Length];
        for (var d = 0; d < plan.Dimensions.Length; d++)
        {
            var items = plan.DimensionItems[d].Select(i => plan.Questions[i]).ToArray();
            var ranges = items.Select(q => Math.Max(1L, q.Scale!.Highest - q.Scale.Lowest)).ToArray();
            var l = ranges.Aggregate(1L, Lcm);
            var c = Enumerable.Range(1, Math.Max(1, items.Length)).Aggregate(1L, (a, b) => Lcm(a, b));
            ItemSteps[d] = ranges.Select(h => l / h).ToArray();
            CountSteps[d] = Enumerable.Range(0, items.Length + 1).Select(n => n == 0 ? 0 : c / n).ToArray();
            ScoreUnit[d] = 100.0 / checked(l * c);
            ItemUnit[d] = 100.0 / l;
        }
    }

    /// <summary>Per question: the value of one step (scale codes and numbers).</summary>
    public double[] ValueUnit { get; }

    /// <summary>Per dimension and item: L / Hᵢ.</summary>
    public long[][] ItemSteps { get; }

    /// <summary>Per dimension and answered count c: C / c.</summary>
    public long[][] CountSteps { get; }

    public double[] ScoreUnit { get; }
    public double[] ItemUnit { get; }

    private static long Lcm(long a, long b) => checked(a / Gcd(a, b) * b);

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
