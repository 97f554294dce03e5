using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.TestSupport;

/// <summary>Small questionnaires in code for tests: sections and questions in the order they are added.</summary>
public sealed class QuestionnaireBuilder
{
    private readonly List<Section> _sections = [];
    private readonly Dictionary<string, Scale> _scales = [];
    private Audience _audience = Audience.Citizen;

    public static Scale Agree4 { get; } = MakeScale("accord4", [1, 2, 3, 4], dontKnow: true);

    public static Scale MakeScale(string id, int[] codes, bool dontKnow = false) =>
        new(id, codes.Select(c => new ScalePoint(c, LocalizedText.Of($"point {c}"))).ToArray(),
            dontKnow ? LocalizedText.Of("Je ne sais pas") : null);

    public QuestionnaireBuilder For(Audience audience)
    {
        _audience = audience;
        return this;
    }

    public QuestionnaireBuilder Section(string id, Action<SectionBuilder> questions, bool dimension = false, bool profile = false)
    {
        var builder = new SectionBuilder(this);
        questions(builder);
        _sections.Add(new Section(id, LocalizedText.Of(id), builder.Questions, IsProfile: profile, IsDimension: dimension));
        return this;
    }

    public QuestionnaireBuilder Dimension(string id, Action<SectionBuilder> questions) => Section(id, questions, dimension: true);

    public Questionnaire Build() =>
        new("test", 1, _audience, LocalizedText.Of("Test"), null, _scales, _sections, "hash");

    internal void Register(Scale scale) => _scales[scale.Id] = scale;

    public sealed class SectionBuilder(QuestionnaireBuilder owner)
    {
        public List<Question> Questions { get; } = [];

        public SectionBuilder Scale(string id, bool reverse = false, Scale? scale = null)
        {
            var s = scale ?? Agree4;
            owner.Register(s);
            return Add(new Question(id, QuestionType.Scale, LocalizedText.Of(id), Scale: s, Reverse: reverse));
        }

        public SectionBuilder Single(string id, params string[] codes) =>
            Add(new Question(id, QuestionType.Single, LocalizedText.Of(id), Choices: Choices(codes)));

        public SectionBuilder Multiple(string id, params string[] codes) =>
            Add(new Question(id, QuestionType.Multiple, LocalizedText.Of(id), Choices: Choices(codes)));

        public SectionBuilder Ranking(string id, int rank, params string[] codes) =>
            Add(new Question(id, QuestionType.Ranking, LocalizedText.Of(id), Choices: Choices(codes), Rank: rank));

        public SectionBuilder Number(string id, double? min = null, double? max = null, bool integer = false) =>
            Add(new Question(id, QuestionType.Number, LocalizedText.Of(id), Min: min, Max: max, Integer: integer));

        public SectionBuilder Text(string id, int maxLength = Question.DefaultMaxLength) =>
            Add(new Question(id, QuestionType.Text, LocalizedText.Of(id), MaxLength: maxLength));

        /// <summary>Any question as given, for settings the shortcuts above do not take (decline, hint, relevance...).</summary>
        public SectionBuilder Custom(Question question) => Add(question);

        private SectionBuilder Add(Question question)
        {
            Questions.Add(question);
            return this;
        }

        private static Choice[] Choices(string[] codes) => codes.Select(c => new Choice(c, LocalizedText.Of(c))).ToArray();
    }
}
