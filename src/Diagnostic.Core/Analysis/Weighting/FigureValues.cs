using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>
/// The y of one respondent for every weighted figure (src/Diagnostic.Core/Analysis/README.md, "Estimate"): the answer (scale, number),
/// the dimension score, or 1/0 for a choice among those who answered its question; NaN where the respondent does
/// not count in the figure. Same rules as the unweighted portrait's <see cref="CellAccumulator"/>; responses reach
/// here already validated.
/// </summary>
internal sealed class FigureValues(QuestionPlan plan, IReadOnlyList<FigureSlot> slots)
{
    private readonly double[] _rescaled = new double[plan.Questions.Length];

    public void Fill(ResponseRecord response, double[] y)
    {
        Rescale(response.Values);
        for (var s = 0; s < slots.Count; s++)
        {
            var slot = slots[s];
            y[s] = slot.Level switch
            {
                FigureLevel.Question => Numeric(plan.Questions[slot.Question], response.Values[slot.Question]),
                FigureLevel.Choice => Chosen(plan.Questions[slot.Question], response.Values[slot.Question], plan.ChoiceCodes[slot.Question][slot.Choice]),
                FigureLevel.Dimension => Score(plan.DimensionItems[slot.Dimension]),
                _ => throw new ArgumentOutOfRangeException(nameof(slots)),
            };
        }
    }

    private void Rescale(IReadOnlyList<string?> values)
    {
        for (var i = 0; i < _rescaled.Length; i++)
        {
            var question = plan.Questions[i];
            _rescaled[i] = double.NaN;
            if (question.Type == QuestionType.Scale && Numeric(question, values[i]) is var code && !double.IsNaN(code))
            {
                var x = question.Scale!.Rescale((int)code);
                _rescaled[i] = question.Reverse ? 100 - x : x;
            }
        }
    }

    private static double Numeric(Question question, string? value) =>
        string.IsNullOrEmpty(value) || question.IsDeclined(value) || (question.Type == QuestionType.Scale && value == Scale.DontKnowCode)
            ? double.NaN
            : double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Chosen(Question question, string? value, string code)
    {
        if (string.IsNullOrEmpty(value) || question.IsDeclined(value))
        {
            return double.NaN;
        }
        foreach (var range in value.AsSpan().Split('|'))
        {
            if (value.AsSpan()[range].SequenceEqual(code))
            {
                return 1;
            }
        }
        return 0;
    }

    // "At least half of its scale items" answered, as in the portrait.
    private double Score(int[] items)
    {
        var count = 0;
        var sum = 0.0;
        foreach (var item in items)
        {
            if (!double.IsNaN(_rescaled[item]))
            {
                count++;
                sum += _rescaled[item];
            }
        }
        return count == 0 || 2 * count < items.Length ? double.NaN : sum / count;
    }
}
