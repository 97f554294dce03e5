using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>The unsuppressed figures of one slot for one unit (ALL or a neighbourhood).</summary>
internal static class FigureCalculator
{
    public static PortraitRow Compute(Audience audience, string unit, CellAccumulator cell, FigureSlot slot) => slot.Level switch
    {
        FigureLevel.Question => QuestionRow(audience, unit, cell.ValueMoments(slot.Question), slot),
        FigureLevel.Choice => ChoiceRow(audience, unit, cell, slot),
        FigureLevel.Dimension => DimensionRow(audience, unit, cell, slot),
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };

    private static PortraitRow QuestionRow(Audience audience, string unit, Moments values, FigureSlot slot)
    {
        var ci = Statistics.TInterval(values);
        return new PortraitRow(audience, unit, FigureLevel.Question, slot.Id,
            N: values.Count, Mean: values.Mean, Sd: values.StandardDeviation, CiLow: ci?.Low, CiHigh: ci?.High);
    }

    private static PortraitRow ChoiceRow(Audience audience, string unit, CellAccumulator cell, FigureSlot slot)
    {
        var n = cell.Answered[slot.Question];
        var count = cell.ChoiceCounts[slot.Question][slot.Choice];
        var ci = Statistics.WilsonInterval(count, n);
        return new PortraitRow(audience, unit, FigureLevel.Choice, slot.Id,
            N: n, Count: count, Pct: n > 0 ? (double)count / n : null, CiLow: ci?.Low, CiHigh: ci?.High);
    }

    private static PortraitRow DimensionRow(Audience audience, string unit, CellAccumulator cell, FigureSlot slot)
    {
        var scores = cell.ScoreMoments(slot.Dimension);
        var ci = Statistics.TInterval(scores);
        return new PortraitRow(audience, unit, FigureLevel.Dimension, slot.Id,
            N: scores.Count, Sd: scores.StandardDeviation, CiLow: ci?.Low, CiHigh: ci?.High,
            Score: scores.Mean, Alpha: cell.Alphas[slot.Dimension].Alpha());
    }
}
