using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Everything the portrait needs for one audience × neighbourhood: its size depends on the questionnaire only,
/// never on the number of responses.
/// </summary>
internal sealed class CellAccumulator
{
    private readonly QuestionPlan _plan;

    public CellAccumulator(QuestionPlan plan)
    {
        _plan = plan;
        var questions = plan.Questions.Length;
        Values = new Moments[questions];
        Answered = new int[questions];
        ChoiceCounts = plan.ChoiceCodes.Select(c => new int[c.Length]).ToArray();
        Scores = new Moments[plan.Dimensions.Length];
        Alphas = plan.DimensionItems.Select(items => new AlphaAccumulator(items.Length)).ToArray();
    }

    /// <summary>Responses added, whatever they answered: the unit's respondent count.</summary>
    public int Respondents { get; private set; }

    /// <summary>Scale codes and numbers, per question (NSP excluded).</summary>
    public Moments[] Values { get; }

    /// <summary>Respondents who answered each question (NSP excluded).</summary>
    public int[] Answered { get; }

    public int[][] ChoiceCounts { get; }
    public Moments[] Scores { get; }
    public AlphaAccumulator[] Alphas { get; }

    /// <summary>Adds one response. <paramref name="rescaled"/> is scratch space (one slot per question), NaN = not answered.</summary>
    public void Add(ResponseRecord response, double[] rescaled)
    {
        Respondents++;
        var values = response.Values;
        for (var i = 0; i < _plan.Questions.Length; i++)
        {
            rescaled[i] = double.NaN;
            var value = i < values.Count ? values[i] : null;
            if (!string.IsNullOrEmpty(value))
            {
                AddValue(i, value, rescaled, response.ResponseId);
            }
        }
        for (var d = 0; d < _plan.Dimensions.Length; d++)
        {
            AddDimension(d, rescaled);
        }
    }

    public void Merge(CellAccumulator other)
    {
        Respondents += other.Respondents;
        for (var i = 0; i < Values.Length; i++)
        {
            Values[i].Merge(other.Values[i]);
            Answered[i] += other.Answered[i];
            for (var c = 0; c < ChoiceCounts[i].Length; c++)
            {
                ChoiceCounts[i][c] += other.ChoiceCounts[i][c];
            }
        }
        for (var d = 0; d < Scores.Length; d++)
        {
            Scores[d].Merge(other.Scores[d]);
            Alphas[d].Merge(other.Alphas[d]);
        }
    }

    private void AddValue(int i, string value, double[] rescaled, string responseId)
    {
        var question = _plan.Questions[i];
        switch (question.Type)
        {
            case QuestionType.Scale when value == Scale.DontKnowCode:
                return;
            case not QuestionType.Scale when question.IsDeclined(value):
                return; // declined: counts as not answered in every figure (and is never a choice row)
            case QuestionType.Scale:
                var code = ParseScaleCode(question, value, responseId);
                Values[i].Add(code);
                var x = question.Scale!.Rescale(code);
                rescaled[i] = question.Reverse ? 100 - x : x;
                break;
            case QuestionType.Number:
                Values[i].Add(ParseNumber(question, value, responseId));
                break;
            case QuestionType.Single:
                CountChoice(i, value, responseId);
                break;
            case QuestionType.Multiple:
                CountChoices(i, value, responseId);
                break;
            default:
                return; // ranking and text have no figures
        }
        Answered[i]++;
    }

    private void AddDimension(int d, double[] rescaled)
    {
        var items = _plan.DimensionItems[d];
        Span<double> answered = stackalloc double[items.Length];
        var count = 0;
        var sum = 0.0;
        foreach (var item in items)
        {
            if (!double.IsNaN(rescaled[item]))
            {
                answered[count++] = rescaled[item];
                sum += rescaled[item];
            }
        }
        // "At least half of its scale items": 2 of 4, 2 of 3, 1 of 1.
        if (count == 0 || 2 * count < items.Length)
        {
            return;
        }
        Scores[d].Add(sum / count);
        if (count == items.Length)
        {
            Alphas[d].Add(answered);
        }
    }

    private void CountChoice(int i, string value, string responseId)
    {
        var index = _plan.ChoiceIndex(i, value);
        if (index < 0)
        {
            throw Invalid(i, value, responseId);
        }
        ChoiceCounts[i][index]++;
    }

    private void CountChoices(int i, string value, string responseId)
    {
        foreach (var range in value.AsSpan().Split('|'))
        {
            var index = _plan.ChoiceIndex(i, value.AsSpan()[range]);
            if (index < 0)
            {
                throw Invalid(i, value, responseId);
            }
            ChoiceCounts[i][index]++;
        }
    }

    private int ParseScaleCode(Question question, string value, string responseId)
    {
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code)
            && code >= question.Scale!.Lowest && code <= question.Scale.Highest)
        {
            return code;
        }
        throw Invalid(Array.IndexOf(_plan.Questions, question), value, responseId);
    }

    private double ParseNumber(Question question, string value, string responseId)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }
        throw Invalid(Array.IndexOf(_plan.Questions, question), value, responseId);
    }

    // Responses reach the analysis already validated (answer pages, CSV import), so a bad value here is a bug.
    private ArgumentException Invalid(int i, string value, string responseId) =>
        new($"Response '{responseId}': value '{value}' is not valid for question '{_plan.Questions[i].Id}'.");
}
