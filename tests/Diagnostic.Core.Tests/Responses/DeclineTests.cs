using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Tests.TestSupport;
using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireReaderErrorTests;
using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireYaml;

namespace Diagnostic.Core.Tests.Responses;

/// <summary>
/// `decline` (questionnaire format): offered on single, multiple and number, written REFUS, satisfies `required`,
/// and every statistic treats it as not answered (never a choice row).
/// </summary>
public class DeclineTests
{
    private static readonly LocalizedText Prefer = new(new Dictionary<string, string> { ["fr"] = "Je préfère ne pas répondre", ["en"] = "I prefer not to answer" });

    private static Question Age(bool decline = true) =>
        new("age", QuestionType.Single, LocalizedText.Of("Âge"), Required: true,
            Choices: [new Choice("18-34", LocalizedText.Of("18-34")), new Choice("35+", LocalizedText.Of("35+"))],
            Decline: decline ? Prefer : null);

    [Theory]
    [InlineData("single", "choices: [{code: a, fr: A}]")]
    [InlineData("multiple", "choices: [{code: a, fr: A}]")]
    [InlineData("number", "min: 0")]
    public void Decline_loads_on_single_multiple_and_number_with_its_words(string type, string settings)
    {
        var read = QuestionnaireReader.Read(WithQuestions($$"""
            - id: q
              type: {{type}}
              text: {fr: Q}
              {{settings}}
              decline: {fr: "Je préfère ne pas répondre", en: "I prefer not to answer"}
            """), "t.yaml");

        Assert.Empty(read.Errors);
        var question = read.Questionnaire!.FindQuestion("q")!;
        Assert.True(question.HasDecline);
        Assert.Equal("I prefer not to answer", question.Decline!.In("en"));
    }

    [Theory]
    [InlineData("scale", "scale: accord")]
    [InlineData("text", "max_length: 10")]
    [InlineData("ranking", "rank: 1\n  choices: [{code: a, fr: A}]")]
    public void Decline_on_another_type_is_refused_where_it_is_written(string type, string settings) =>
        AssertErrorAt(WithQuestions($$"""
            - id: q
              type: {{type}}
              text: {fr: Q}
              {{settings}}
              decline: {fr: Non}
            """), "decline", $"'decline' does not apply to a {type} question");

    [Fact]
    public void Refus_is_accepted_where_decline_is_offered_and_refused_elsewhere()
    {
        Assert.Null(AnswerRules.Check(Age(), Question.DeclineCode));
        Assert.Equal(AnswerProblemKind.DeclineNotOffered, AnswerRules.Check(Age(decline: false), "REFUS")!.Kind);
        var count = new Question("enfants", QuestionType.Number, LocalizedText.Of("?"), Min: 0, Decline: Prefer);
        Assert.Null(AnswerRules.Check(count, "REFUS"));
        Assert.Equal(AnswerProblemKind.DeclineNotOffered, AnswerRules.Check(count with { Decline = null }, "REFUS")!.Kind);
    }

    [Fact]
    public void REFUS_typed_in_a_text_answer_is_that_text()
    {
        // The format: « text | the text »; declining is offered on single, multiple and number only.
        var comment = new Question("commentaire", QuestionType.Text, LocalizedText.Of("?"));
        Assert.Null(AnswerRules.Check(comment, "REFUS"));
        Assert.False(comment.IsDeclined("REFUS"));
    }

    [Fact]
    public void A_choice_coded_REFUS_in_a_question_without_decline_is_that_choice()
    {
        var question = new Question("q", QuestionType.Single, LocalizedText.Of("?"), Choices: [new Choice("REFUS", LocalizedText.Of("Refus"))]);

        Assert.Null(AnswerRules.Check(question, "REFUS"));
    }

    [Fact]
    public void Declining_satisfies_a_required_question()
    {
        var questionnaire = new QuestionnaireBuilder().Section("profil", s => s.Custom(Age()), profile: true).Build();

        Assert.Empty(ResponseValidator.Validate(questionnaire, new Dictionary<string, string> { ["age"] = "REFUS" }));
        Assert.Equal(AnswerProblemKind.Required,
            Assert.Single(ResponseValidator.Validate(questionnaire, new Dictionary<string, string>())).Problem.Kind);
    }

    [Fact]
    public void Declined_answers_are_left_out_of_n_and_of_every_share()
    {
        var questionnaire = new QuestionnaireBuilder().Section("profil", s => s
            .Custom(Age() with { Required = false })
            .Custom(new Question("enfants", QuestionType.Number, LocalizedText.Of("?"), Min: 0, Decline: Prefer)), profile: true).Build();
        var portrait = Portrait(questionnaire,
            TestResponses.Of("N1", "18-34", "2"),
            TestResponses.Of("N1", "35+", "REFUS"),
            TestResponses.Of("N1", "REFUS", "4"),
            TestResponses.Of("N1", "18-34", "REFUS"));

        // By hand: age answered by 3 (REFUS left out): 18-34 → 2/3, 35+ → 1/3; enfants answered by 2: mean (2+4)/2 = 3.
        var young = portrait.Find(Audience.Citizen, "N1", FigureLevel.Choice, "age:18-34")!;
        Assert.Equal((3, 2), (young.N!.Value, young.Count!.Value));
        Assert.Equal(2.0 / 3, young.Pct!.Value, 12);
        Assert.Null(portrait.Find(Audience.Citizen, "N1", FigureLevel.Choice, "age:REFUS"));
        var children = portrait.Find(Audience.Citizen, "N1", FigureLevel.Question, "enfants")!;
        Assert.Equal((2, 3.0), (children.N!.Value, children.Mean!.Value));
    }

    private static Portrait Portrait(Questionnaire questionnaire, params ResponseRecord[] responses)
    {
        var builder = new PortraitBuilder(questionnaire, new AnalysisOptions { MinCell = 1 });
        foreach (var response in responses) builder.Add(response);
        return builder.Build();
    }
}
