using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.Questionnaires;

namespace Diagnostic.Core.Tests.Responses;

public class ResponseValidatorTests
{
    private static readonly Questionnaire Sample =
        QuestionnaireReader.Read(SampleQuestionnaire.Yaml, SampleQuestionnaire.FileName).Questionnaire!;

    /// <summary>enfants (single oui/non, required) → nombre (number, required, if enfants == 'oui') → ages (text, if answered(nombre)).</summary>
    private static readonly Questionnaire Chain = BuildChain();

    private static Questionnaire BuildChain()
    {
        var yesNo = new[] { new Choice("oui", LocalizedText.Of("Oui")), new Choice("non", LocalizedText.Of("Non")) };
        Question[] questions =
        [
            new("enfants", QuestionType.Single, LocalizedText.Of("Enfants?"), Required: true, Choices: yesNo),
            new("nombre", QuestionType.Number, LocalizedText.Of("Combien?"), Required: true, Integer: true, Min: 1,
                Relevant: RelevanceExpression.Parse("enfants == 'oui'").Expression),
            new("ages", QuestionType.Text, LocalizedText.Of("Âges?"),
                Relevant: RelevanceExpression.Parse("answered(nombre)").Expression),
        ];
        var section = new Section("famille", LocalizedText.Of("Famille"), questions);
        return new Questionnaire("t", 1, Audience.Citizen, LocalizedText.Of("T"), null,
            new Dictionary<string, Scale>(), [section], "hash");
    }

    private static Dictionary<string, string> Answers(params (string Id, string Value)[] answers) =>
        answers.ToDictionary(a => a.Id, a => a.Value);

    private static IEnumerable<(string, AnswerProblemKind)> Problems(IReadOnlyList<AnswerError> errors) =>
        errors.Select(e => (e.QuestionId, e.Kind));

    [Fact]
    public void Complete_valid_response_has_no_error()
    {
        var answers = Answers(("age", "65+"), ("app_fier", "4"), ("app_demenager", "NSP"), ("app_lieux", "parc|autre"),
            ("app_lieux_autre", "La bibliothèque"), ("app_annees", "12"), ("app_priorites", "parcs>logement>securite"));
        Assert.Empty(ResponseValidator.Validate(Sample, answers));
    }

    [Fact]
    public void Required_question_left_empty_is_reported_and_optional_ones_are_not() =>
        Assert.Equal([("age", AnswerProblemKind.Required)],
            Problems(ResponseValidator.Validate(Sample, Answers(("age", ""), ("app_fier", "2")))));

    [Fact]
    public void Every_value_problem_is_reported_in_file_order()
    {
        var answers = Answers(("age", "12-17"), ("app_fier", "5"), ("app_annees", "3.5"), ("app_priorites", "logement>securite>parcs>transport"));
        Assert.Equal(
            [("age", AnswerProblemKind.UnknownChoice), ("app_fier", AnswerProblemKind.NotInScale),
             ("app_annees", AnswerProblemKind.NotAnInteger), ("app_priorites", AnswerProblemKind.WrongRankCount)],
            Problems(ResponseValidator.Validate(Sample, answers)));
    }

    [Fact]
    public void Answer_to_a_question_that_is_not_shown_is_reported()
    {
        var answers = Answers(("age", "65+"), ("app_lieux", "parc"), ("app_lieux_autre", "La bibliothèque"));
        var error = Assert.Single(ResponseValidator.Validate(Sample, answers));
        Assert.Equal(("app_lieux_autre", AnswerProblemKind.NotRelevant), (error.QuestionId, error.Kind));
        Assert.Equal("La bibliothèque", error.Problem.Value);
    }

    [Fact]
    public void Unknown_question_id_is_reported_after_the_questions() =>
        Assert.Equal([("age", AnswerProblemKind.Required), ("couleur", AnswerProblemKind.UnknownQuestion)],
            Problems(ResponseValidator.Validate(Sample, Answers(("couleur", "bleu")))));

    [Fact]
    public void Required_question_that_is_not_shown_is_not_required()
    {
        Assert.Empty(ResponseValidator.Validate(Chain, Answers(("enfants", "non"))));
        Assert.Equal([("nombre", AnswerProblemKind.Required)],
            Problems(ResponseValidator.Validate(Chain, Answers(("enfants", "oui")))));
    }

    [Fact]
    public void Answer_left_on_a_hidden_question_does_not_show_the_questions_that_depend_on_it()
    {
        // nombre is hidden by enfants == 'non', so its stale answer neither counts nor shows ages.
        var answers = Answers(("enfants", "non"), ("nombre", "2"), ("ages", "3 et 5"));
        Assert.Equal(["enfants"], ResponseValidator.RelevantQuestionIds(Chain, answers));
        Assert.Equal([("nombre", AnswerProblemKind.NotRelevant), ("ages", AnswerProblemKind.NotRelevant)],
            Problems(ResponseValidator.Validate(Chain, answers)));
    }

    [Fact]
    public void Pruning_drops_answers_whose_question_became_hidden_in_cascade()
    {
        var answers = Answers(("enfants", "non"), ("nombre", "2"), ("ages", "3 et 5"), ("autre", "x"));
        var pruned = ResponseValidator.PruneIrrelevant(Chain, answers);
        Assert.Equal(Answers(("enfants", "non"), ("autre", "x")), pruned);
    }

    [Fact]
    public void Pruning_keeps_everything_still_shown_and_drops_empty_values() =>
        Assert.Equal(Answers(("enfants", "oui"), ("nombre", "2")),
            ResponseValidator.PruneIrrelevant(Chain, Answers(("enfants", "oui"), ("nombre", "2"), ("ages", ""))));

    [Fact]
    public void Page_scope_checks_only_that_page_but_reads_earlier_answers_for_relevance()
    {
        var page = Sample.Sections[1];
        var answers = Answers(("app_lieux", "autre"), ("app_lieux_autre", new string('x', 301)));
        Assert.Equal([("app_lieux_autre", AnswerProblemKind.TooLong)], Problems(ResponseValidator.Validate(Sample, answers, page)));
        Assert.Equal([("age", AnswerProblemKind.Required)],
            Problems(ResponseValidator.Validate(Sample, answers, Sample.Sections[0])));
    }

    [Fact]
    public void Is_relevant_answers_for_one_question()
    {
        var autre = Sample.FindQuestion("app_lieux_autre")!;
        Assert.False(ResponseValidator.IsRelevant(Sample, autre, Answers()));
        Assert.True(ResponseValidator.IsRelevant(Sample, autre, Answers(("app_lieux", "parc|autre"))));
    }

    [Fact]
    public void Record_values_follow_the_file_order_with_null_for_unanswered()
    {
        var answers = Answers(("app_annees", "12"), ("age", "65+"), ("app_fier", ""), ("autre", "x"));
        var values = AnswerValues.ToRecordValues(Sample, answers);
        Assert.Equal(["65+", null, null, null, null, "12", null], values);
        Assert.Equal(Answers(("age", "65+"), ("app_annees", "12")), AnswerValues.FromRecordValues(Sample, values));
    }

    [Fact]
    public void Record_values_of_another_length_are_a_bug() =>
        Assert.Throws<ArgumentException>(() => AnswerValues.FromRecordValues(Sample, ["65+"]));
}
