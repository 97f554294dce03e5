using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Web.Demo;

/// <summary>
/// Seeded generator of believable responses to a questionnaire, for demos and benchmarks. Pure: the same questionnaire,
/// neighbourhoods and options always give the same responses. Streams: a million respondents never sit in memory.
/// </summary>
/// <remarks>
/// Each respondent draws a latent level per dimension around their neighbourhood's level (plus a personal general
/// factor, so items of a dimension correlate); each scale answer is that level plus item noise, mapped onto the
/// scale's points, and mirrored on reversed items. Relevance, required questions and the stored value formats of
/// src/Diagnostic.Core/Questionnaires/README.md are honoured.
/// </remarks>
public sealed class DemoResponseGenerator
{
    private const double PersonalSpread = 0.08;
    private const double DimensionSpread = 0.12;
    private const double ItemNoise = 0.15;
    private static readonly HashSet<string> RareCodes = new(StringComparer.OrdinalIgnoreCase) { "autre", "other", "pnr", "nsp" };

    private readonly Questionnaire _questionnaire;
    private readonly IReadOnlyList<DemoNeighbourhood> _neighbourhoods;
    private readonly DemoOptions _options;
    private readonly double[] _neighbourhoodCumulative;
    private readonly QuestionPlan[] _plans;
    private readonly string[] _dimensionIds;
    private readonly Dictionary<string, int> _indexOf;

    public DemoResponseGenerator(Questionnaire questionnaire, IReadOnlyList<DemoNeighbourhood> neighbourhoods, DemoOptions options)
    {
        if (neighbourhoods.Count == 0)
        {
            throw new ArgumentException("At least one neighbourhood is needed.", nameof(neighbourhoods));
        }
        if (options.CollecteEnd < options.CollecteStart)
        {
            throw new ArgumentException("The collecte ends before it starts.", nameof(options));
        }
        _questionnaire = questionnaire;
        _neighbourhoods = neighbourhoods;
        _options = options;
        _neighbourhoodCumulative = Cumulative(neighbourhoods.Select(n => n.Weight).ToArray());
        _dimensionIds = questionnaire.Sections.Where(s => s.IsDimension).Select(s => s.Id).ToArray();
        _plans = questionnaire.Sections
            .SelectMany(s => s.Questions.Select(q => new QuestionPlan(q, Array.IndexOf(_dimensionIds, s.Id))))
            .ToArray();
        _indexOf = _plans.Select((p, i) => (p.Question.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The first <paramref name="count"/> responses of this seed, produced one at a time.</summary>
    public IEnumerable<ResponseRecord> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Stream(count);
    }

    private IEnumerable<ResponseRecord> Stream(int count)
    {
        var random = new Random(_options.Seed);
        for (var i = 0; i < count; i++)
        {
            yield return Respondent(random, i);
        }
    }

    private ResponseRecord Respondent(Random random, int index)
    {
        var neighbourhood = _neighbourhoods[Pick(random, _neighbourhoodCumulative)];
        var language = random.NextDouble() < _options.EnglishRate ? "en" : "fr";
        var span = _options.CollecteEnd - _options.CollecteStart;
        var submittedAt = _options.CollecteStart.AddSeconds(Math.Floor(random.NextDouble() * span.TotalSeconds));
        var personal = Normal(random) * PersonalSpread;
        var levels = new double[_dimensionIds.Length];
        var skippedDimension = new bool[_dimensionIds.Length];
        for (var d = 0; d < levels.Length; d++)
        {
            levels[d] = neighbourhood.LevelOf(_dimensionIds[d]) + personal + Normal(random) * DimensionSpread;
            skippedDimension[d] = random.NextDouble() < _options.SkipDimensionRate;
        }
        var values = new string?[_plans.Length];
        string? AnswerOf(string id) => _indexOf.TryGetValue(id, out var at) ? values[at] : null;
        for (var q = 0; q < _plans.Length; q++)
        {
            var plan = _plans[q];
            if (plan.Question.Relevant is { } relevant && !relevant.IsTrue(AnswerOf))
            {
                continue;
            }
            var skipped = plan.Dimension >= 0 && skippedDimension[plan.Dimension] || random.NextDouble() < _options.SkipRate;
            if (skipped && !plan.Question.Required)
            {
                continue;
            }
            var level = plan.Dimension >= 0 ? levels[plan.Dimension] : neighbourhood.BaseLevel + personal + plan.Offset;
            values[q] = Answer(plan, random, level, language);
        }
        return new ResponseRecord(ResponseId(index), neighbourhood.Code, _questionnaire.Audience, language, submittedAt, values);
    }

    private string? Answer(QuestionPlan plan, Random random, double level, string language) => plan.Question.Type switch
    {
        QuestionType.Scale => ScaleAnswer(plan, random, level),
        QuestionType.Single => plan.ChoiceCodes[Pick(random, plan.ChoiceCumulative)],
        QuestionType.Multiple => MultipleAnswer(plan, random),
        QuestionType.Ranking => RankingAnswer(plan, random),
        QuestionType.Number => NumberAnswer(plan.Question, random),
        QuestionType.Text => TextAnswer(plan.Question, random, language),
        _ => throw new InvalidOperationException($"Unknown question type {plan.Question.Type}"),
    };

    private string ScaleAnswer(QuestionPlan plan, Random random, double level)
    {
        if (plan.Question.Scale!.HasDontKnow && random.NextDouble() < _options.DontKnowRate)
        {
            return Scale.DontKnowCode;
        }
        var value = Math.Clamp(level + Normal(random) * ItemNoise, 0, 1);
        if (plan.Question.Reverse)
        {
            value = 1 - value;
        }
        return plan.PointCodes[(int)Math.Round(value * (plan.PointCodes.Length - 1))];
    }

    private static string MultipleAnswer(QuestionPlan plan, Random random)
    {
        var most = Math.Min(plan.Question.MaxChoices ?? 3, plan.ChoiceCodes.Length);
        var picked = Distinct(plan, random, 1 + random.Next(most));
        picked.Sort();
        return string.Join('|', picked.Select(i => plan.ChoiceCodes[i]));
    }

    private static string RankingAnswer(QuestionPlan plan, Random random)
    {
        var rank = Math.Min(plan.Question.Rank ?? plan.ChoiceCodes.Length, plan.ChoiceCodes.Length);
        return string.Join('>', Distinct(plan, random, rank).Select(i => plan.ChoiceCodes[i]));
    }

    /// <summary>Draws <paramref name="count"/> different choices, likelier ones first.</summary>
    private static List<int> Distinct(QuestionPlan plan, Random random, int count)
    {
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var choice = Pick(random, plan.ChoiceCumulative);
            if (!picked.Contains(choice))
            {
                picked.Add(choice);
            }
        }
        return picked;
    }

    private static string NumberAnswer(Question question, Random random)
    {
        var min = question.Min ?? 0;
        var max = question.Max ?? min + 10;
        // Cubing skews answers towards the low end, as counts (people in a home, years) usually are.
        var value = min + (max - min) * Math.Pow(random.NextDouble(), 3);
        if (question.Integer)
        {
            var whole = Math.Clamp(Math.Round(value), Math.Ceiling(min), Math.Floor(max));
            return whole.ToString("0", CultureInfo.InvariantCulture);
        }
        return Math.Clamp(Math.Round(value, 1), min, max).ToString("0.#", CultureInfo.InvariantCulture);
    }

    private string? TextAnswer(Question question, Random random, string language)
    {
        // Open questions are skipped far more often than closed ones.
        if (!question.Required && random.NextDouble() >= _options.TextAnswerRate)
        {
            return null;
        }
        var phrases = language == "en" ? DemoPhrases.English : DemoPhrases.French;
        var text = phrases[random.Next(phrases.Length)];
        return text.Length <= question.MaxLength ? text : text[..question.MaxLength].TrimEnd();
    }

    private string ResponseId(int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..4], _options.Seed);
        "demo"u8.CopyTo(bytes[4..8]);
        BitConverter.TryWriteBytes(bytes[8..], (long)index);
        return new Guid(bytes).ToString();
    }

    private static int Pick(Random random, double[] cumulative)
    {
        var target = random.NextDouble() * cumulative[^1];
        var at = Array.BinarySearch(cumulative, target);
        return Math.Min(at >= 0 ? at + 1 : ~at, cumulative.Length - 1);
    }

    private static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative[i] = sum += Math.Max(0, weights[i]);
        }
        return cumulative;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>What is worked out once per question rather than once per respondent.</summary>
    private sealed class QuestionPlan
    {
        public QuestionPlan(Question question, int dimension)
        {
            Question = question;
            Dimension = dimension;
            PointCodes = question.Scale?.Points.Select(p => p.Code.ToString(CultureInfo.InvariantCulture)).ToArray() ?? [];
            ChoiceCodes = question.ChoiceList.Select(c => c.Code).ToArray();
            ChoiceCumulative = Cumulative(question.ChoiceList.Select(c => ChoiceWeight(question.Id, c.Code)).ToArray());
            Offset = (StableFraction(question.Id) - 0.5) * 0.5;
        }

        public Question Question { get; }
        public int Dimension { get; }
        public string[] PointCodes { get; }
        public string[] ChoiceCodes { get; }
        public double[] ChoiceCumulative { get; }
        public double Offset { get; }

        // Uneven but fixed shares per choice; "other" and "prefer not to say" stay rare.
        private static double ChoiceWeight(string questionId, string code) =>
            RareCodes.Contains(code) ? 0.1 : 0.4 + StableFraction(questionId + "/" + code);

        /// <summary>A fraction in [0, 1) that depends only on the text (string.GetHashCode changes between runs).</summary>
        private static double StableFraction(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }
            return hash / 4294967296.0;
        }
    }
}
