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
        Values = new ExactSums[questions];
        Answered = new int[questions];
        ChoiceCounts = plan.ChoiceCodes.Select(c => new int[c.Length]).ToArray();
        Scores = new ExactSums[plan.Dimensions.Length];
        Alphas = plan.DimensionItems.Select(items => new AlphaAccumulator(items.Length)).ToArray();
    }

    /// <summary>Responses added, whatever they answered: the unit's respondent count.</summary>
    public int Respondents { get; private set; }

    /// <summary>Scale codes and numbers, per question (NSP excluded), in steps of <see cref="ExactUnits.ValueUnit"/>.</summary>
    public ExactSums[] Values { get; }

    /// <summary>Respondents who answered each question (NSP excluded).</summary>
    public int[] Answered { get; }

    public int[][] ChoiceCounts { get; }

    /// <summary>Dimension scores in steps of <see cref="ExactUnits.ScoreUnit"/>.</summary>
    public ExactSums[] Scores { get; }
    public AlphaAccumulator[] Alphas { get; }

    public Moments ValueMoments(int question) => Values[question].ToMoments(_plan.Units.ValueUnit[question]);

    public double ScoreUnit(int dimension) => _plan.Units.ScoreUnit[dimension];

    public Moments ScoreMoments(int dimension) => Scores[dimension].ToMoments(_plan.Units.ScoreUnit[dimension]);

    /// <summary>
    /// Adds one response (<paramref name="sign"/> 1) or takes it back out (−1, the exact inverse).
    /// <paramref name="ranks"/> is scratch space (one slot per question): a scale item's reversed rank, −1 = not answered.
    /// </summary>
    public void Add(ResponseRecord response, long[] ranks, int sign = 1)
    {
        Respondents += sign;
        // Readers hand over arrays: index them directly rather than through the interface, once per value.
        var values = response.Values as string?[] ?? response.Values.ToArray();
        for (var i = 0; i < _plan.Questions.Length; i++)
        {
            ranks[i] = -1;
            var value = i < values.Length ? values[i] : null;
            if (!string.IsNullOrEmpty(value))
            {
                AddValue(i, value, ranks, response.ResponseId, sign);
            }
        }
        for (var d = 0; d < _plan.Dimensions.Length; d++)
        {
            AddDimension(d, ranks, sign);
        }
    }

    public void Merge(CellAccumulator other, int sign = 1)
    {
        Respondents += sign * other.Respondents;
        for (var i = 0; i < Values.Length; i++)
        {
            Values[i].Merge(other.Values[i], sign);
            Answered[i] += sign * other.Answered[i];
            for (var c = 0; c < ChoiceCounts[i].Length; c++)
            {
                ChoiceCounts[i][c] += sign * other.ChoiceCounts[i][c];
            }
        }
        for (var d = 0; d < Scores.Length; d++)
        {
            Scores[d].Merge(other.Scores[d], sign);
            Alphas[d].Merge(other.Alphas[d], sign);
        }
    }

    /// <summary>True when nothing is left (every response added was removed).</summary>
    public bool IsEmpty => Respondents == 0 && Answered.All(a => a == 0);

    public void Write(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(Respondents);
        for (var i = 0; i < Values.Length; i++)
        {
            Values[i].Write(writer);
            writer.Write7BitEncodedInt(Answered[i]);
            foreach (var count in ChoiceCounts[i]) writer.Write7BitEncodedInt(count);
        }
        for (var d = 0; d < Scores.Length; d++)
        {
            Scores[d].Write(writer);
            Alphas[d].Write(writer);
        }
    }

    public void Read(BinaryReader reader)
    {
        Respondents = reader.Read7BitEncodedInt();
        for (var i = 0; i < Values.Length; i++)
        {
            Values[i] = ExactSums.Read(reader);
            Answered[i] = reader.Read7BitEncodedInt();
            for (var c = 0; c < ChoiceCounts[i].Length; c++) ChoiceCounts[i][c] = reader.Read7BitEncodedInt();
        }
        for (var d = 0; d < Scores.Length; d++)
        {
            Scores[d] = ExactSums.Read(reader);
            Alphas[d].Read(reader);
        }
    }

    private void AddValue(int i, string value, long[] ranks, string responseId, int sign)
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
                Values[i].Add(code, sign);
                var rank = code - question.Scale!.Lowest;
                ranks[i] = question.Reverse ? question.Scale.Highest - question.Scale.Lowest - rank : rank;
                break;
            case QuestionType.Number:
                Values[i].Add(checked((long)Math.Round(ParseNumber(question, value, responseId) * ExactUnits.NumberScale)), sign);
                break;
            case QuestionType.Single:
                CountChoice(i, value, responseId, sign);
                break;
            case QuestionType.Multiple:
                CountChoices(i, value, responseId, sign);
                break;
            default:
                return; // ranking and text have no figures
        }
        Answered[i] += sign;
    }

    private void AddDimension(int d, long[] ranks, int sign)
    {
        var items = _plan.DimensionItems[d];
        var itemSteps = _plan.Units.ItemSteps[d];
        Span<long> answered = stackalloc long[items.Length];
        var count = 0;
        long sum = 0;
        for (var k = 0; k < items.Length; k++)
        {
            if (ranks[items[k]] >= 0)
            {
                answered[count] = ranks[items[k]] * itemSteps[k];
                sum += answered[count++];
            }
        }
        // "At least half of its scale items": 2 of 4, 2 of 3, 1 of 1.
        if (count == 0 || 2 * count < items.Length)
        {
            return;
        }
        Scores[d].Add(checked(sum * _plan.Units.CountSteps[d][count]), sign);
        if (count == items.Length)
        {
            Alphas[d].Add(answered, sign);
        }
    }

    private void CountChoice(int i, string value, string responseId, int sign)
    {
        var index = _plan.ChoiceIndex(i, value);
        if (index < 0)
        {
            throw Invalid(i, value, responseId);
        }
        ChoiceCounts[i][index] += sign;
    }

    private void CountChoices(int i, string value, string responseId, int sign)
    {
        foreach (var range in value.AsSpan().Split('|'))
        {
            var index = _plan.ChoiceIndex(i, value.AsSpan()[range]);
            if (index < 0)
            {
                throw Invalid(i, value, responseId);
            }
            ChoiceCounts[i][index] += sign;
        }
    }

    private int ParseScaleCode(Question question, string value, string responseId)
    {
        // Most scale codes are one digit: read it without the general parser (a million rows hold tens of millions).
        if (value.Length == 1 && (uint)(value[0] - '0') <= 9)
        {
            var digit = value[0] - '0';
            if (digit >= question.Scale!.Lowest && digit <= question.Scale.Highest)
            {
                return digit;
            }
        }
        else if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code)
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
