using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>Small builders for two versions of a questionnaire and their portraits.</summary>
internal static class ChangeFixtures
{
    public const string QuestionnaireId = "diagnostic-citoyen";
    public const int MinCell = 5;

    public static readonly Scale Agree5 = ScaleOf("accord5", 1, 2, 3, 4, 5);
    public static readonly Scale Agree4 = ScaleOf("accord4", 1, 2, 3, 4);

    public static Scale ScaleOf(string id, params int[] codes) =>
        new(id, codes.Select(c => new ScalePoint(c, LocalizedText.Of($"point {c}"))).ToList(), LocalizedText.Of("Ne sait pas"));

    public static Question ScaleItem(string id, Scale? scale = null, bool reverse = false) =>
        new(id, QuestionType.Scale, LocalizedText.Of(id), Scale: scale ?? Agree5, Reverse: reverse);

    public static Question Number(string id) => new(id, QuestionType.Number, LocalizedText.Of(id), Integer: true);

    public static Question Single(string id, params string[] codes) => ChoiceQuestion(id, QuestionType.Single, codes);

    public static Question Multiple(string id, params string[] codes) => ChoiceQuestion(id, QuestionType.Multiple, codes);

    private static Question ChoiceQuestion(string id, QuestionType type, string[] codes) =>
        new(id, type, LocalizedText.Of(id), Choices: codes.Select(c => new Choice(c, LocalizedText.Of(c))).ToList());

    public static Section Dimension(string id, params Question[] items) =>
        new(id, LocalizedText.Of(id), items, IsDimension: true);

    public static Section Plain(string id, params Question[] questions) => new(id, LocalizedText.Of(id), questions);

    public static Questionnaire QuestionnaireOf(int version, params Section[] sections) =>
        QuestionnaireOf(QuestionnaireId, version, sections);

    public static Questionnaire QuestionnaireOf(string id, int version, params Section[] sections) =>
        new(id, version, Audience.Citizen, LocalizedText.Of("Diagnostic"), null,
            sections.SelectMany(s => s.Questions).Where(q => q.Scale is not null).Select(q => q.Scale!)
                .DistinctBy(s => s.Id).ToDictionary(s => s.Id),
            sections, $"hash-{id}-{version}");

    public static Portrait PortraitOf(params PortraitRow[] rows) => new(QuestionnaireId, 1, MinCell, rows);

    public static Portrait PortraitOf(int minCell, params PortraitRow[] rows) => new(QuestionnaireId, 1, minCell, rows);

    public static PortraitRow Mean(string neighbourhood, string id, int n, double mean, double sd, Audience audience = Audience.Citizen) =>
        new(audience, neighbourhood, FigureLevel.Question, id, N: n, Mean: mean, Sd: sd);

    public static PortraitRow Score(string neighbourhood, string id, int n, double score, double sd, Audience audience = Audience.Citizen) =>
        new(audience, neighbourhood, FigureLevel.Dimension, id, N: n, Score: score, Sd: sd);

    public static PortraitRow Chosen(string neighbourhood, string id, int count, int n, Audience audience = Audience.Citizen) =>
        new(audience, neighbourhood, FigureLevel.Choice, id, N: n, Count: count, Pct: (double)count / n);

    public static PortraitRow Hidden(string neighbourhood, FigureLevel level, string id, Audience audience = Audience.Citizen) =>
        new(audience, neighbourhood, level, id, Suppressed: true);
}
