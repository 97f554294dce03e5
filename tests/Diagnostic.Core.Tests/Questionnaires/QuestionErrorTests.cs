using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireReaderErrorTests;
using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireYaml;

namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>Errors inside questions; each test names the text the error must point at.</summary>
public class QuestionErrorTests
{
    [Fact]
    public void Unknown_question_key_is_refused() =>
        AssertErrorAt(WithQuestions("""
            - id: q
              type: text
              texte: {fr: Q}
              text: {fr: Q}
            """), "texte", "unknown key 'texte'");

    [Fact]
    public void Missing_type_points_at_the_question() =>
        AssertErrorAt(WithQuestions("""
            - id: q
              text: {fr: Q}
            """), "id: q", "missing key 'type'");

    [Fact]
    public void Missing_text_points_at_the_question() =>
        AssertErrorAt(WithQuestions("- {id: q, type: text}"), "{id: q", "missing key 'text'");

    [Fact]
    public void Unknown_question_type_lists_the_types() =>
        AssertErrorAt(WithQuestions("- {id: q, type: echelle, text: {fr: Q}}"), "echelle",
            "unknown question type 'echelle' (expected one of: scale, single, multiple, ranking, number, text)");

    [Theory]
    [InlineData("Age")]
    [InlineData("1age")]
    [InlineData("age-group")]
    [InlineData("_age")]
    public void Question_id_must_match_its_pattern(string id) =>
        AssertErrorAt(WithQuestions($"- {{id: {id}, type: text, text: {{fr: Q}}}}"), id + ",", "must match [a-z][a-z0-9_]*");

    [Theory]
    [InlineData("yes")]
    [InlineData("'true'")]
    [InlineData("1")]
    public void Required_must_be_a_boolean(string required) =>
        AssertErrorAt(WithQuestions($"- {{id: q, type: text, text: {{fr: Q}}, required: {required}}}"), required + "}",
            "'required' must be true or false");

    [Fact]
    public void Text_that_is_a_string_is_a_wrong_type() =>
        AssertErrorAt(WithQuestions("- {id: q, type: text, text: Quoi?}"), "Quoi?", "'text' must be a map");

    [Fact]
    public void Duplicate_question_id_is_refused_at_the_second_one()
    {
        var error = OnlyError(WithQuestions("""
            - {id: q, type: text, text: {fr: Un}}
            - {id: q, type: text, text: {fr: Deux}}
            """));
        Assert.Equal((FirstQuestionLine + 1, 14), (error.Line, error.Column));
        Assert.Equal("duplicate id 'q' (already used by the question at line 9)", error.Message);
    }

    [Fact]
    public void Scale_key_on_a_single_question_is_refused() =>
        AssertErrorAt(WithQuestions("""
            - id: q
              type: single
              scale: accord
              text: {fr: Q}
              choices: [{code: a, fr: A}]
            """), "scale:", "'scale' does not apply to a single question");

    [Theory]
    [InlineData("- {id: q, type: text, text: {fr: Q}, rank: 2}", "rank", "text")]
    [InlineData("- {id: q, type: number, text: {fr: Q}, max_length: 2}", "max_length", "number")]
    [InlineData("- {id: q, type: scale, scale: accord, text: {fr: Q}, choices: [{code: a, fr: A}]}", "choices", "scale")]
    [InlineData("- {id: q, type: single, text: {fr: Q}, choices: [{code: a, fr: A}], reverse: true}", "reverse", "single")]
    public void Keys_of_another_type_are_refused(string question, string key, string type) =>
        AssertErrorAt(WithQuestions(question), key + ":", $"'{key}' does not apply to a {type} question");

    [Fact]
    public void Unknown_scale_lists_the_defined_ones() =>
        AssertErrorAt(WithQuestions("- {id: q, type: scale, scale: accord5, text: {fr: Q}}"), "accord5",
            "unknown scale 'accord5' (defined: accord)");

    [Fact]
    public void Scale_question_needs_a_scale() =>
        AssertErrorAt(WithQuestions("- {id: q, type: scale, text: {fr: Q}}"), "{id: q", "missing key 'scale'");

    [Theory]
    [InlineData("single")]
    [InlineData("multiple")]
    [InlineData("ranking, rank: 1")]
    public void Choice_questions_need_choices(string type) =>
        AssertErrorAt(WithQuestions($"- {{id: q, type: {type}, text: {{fr: Q}}}}"), "{id: q", "missing key 'choices'");

    [Fact]
    public void Empty_choices_are_refused() =>
        AssertErrorAt(WithQuestions("- {id: q, type: single, text: {fr: Q}, choices: []}"), "[]", "'choices' is empty");

    [Fact]
    public void Duplicate_choice_code_names_the_first_line() =>
        AssertErrorAt(WithQuestions("""
            - id: q
              type: single
              text: {fr: Q}
              choices:
                - {code: a, fr: A}
                - {code: 1, fr: Un}
                - {code: "a", fr: Encore A}
            """), "\"a\"", "duplicate choice code 'a' (already at line 13)");

    [Theory]
    [InlineData("'a|b'")]
    [InlineData("'a>b'")]
    [InlineData("' a'")]
    public void Choice_codes_cannot_hold_answer_separators(string code) =>
        AssertErrorAt(WithQuestions($"- {{id: q, type: single, text: {{fr: Q}}, choices: [{{code: {code}, fr: A}}]}}"), code,
            "must not be blank nor contain");

    [Fact]
    public void Choice_without_code_is_refused() =>
        AssertErrorAt(WithQuestions("- {id: q, type: single, text: {fr: Q}, choices: [{fr: A}]}"), "{fr: A}", "missing key 'code'");

    [Fact]
    public void Choice_that_is_a_plain_string_is_refused() =>
        AssertErrorAt(WithQuestions("- {id: q, type: single, text: {fr: Q}, choices: [oui]}"), "oui", "a choice must be a map");

    [Theory]
    [InlineData("max_choices: 0", "0", "'max_choices' must be a positive integer")]
    [InlineData("max_choices: 3", "3", "'max_choices' is 3 but the question has only 2 choices")]
    [InlineData("max_choices: two", "two", "'max_choices' must be an integer")]
    public void Max_choices_is_positive_and_at_most_the_number_of_choices(string setting, string value, string message) =>
        AssertErrorAt(WithQuestions($"- {{id: q, type: multiple, text: {{fr: Q}}, choices: [{{code: a, fr: A}}, {{code: b, fr: B}}], {setting}}}"),
            value + "}", message);

    [Theory]
    [InlineData("0", "'rank' must be a positive integer")]
    [InlineData("3", "'rank' is 3 but the question has only 2 choices")]
    public void Rank_is_positive_and_at_most_the_number_of_choices(string rank, string message) =>
        AssertErrorAt(WithQuestions($"- {{id: q, type: ranking, text: {{fr: Q}}, choices: [{{code: a, fr: A}}, {{code: b, fr: B}}], rank: {rank}}}"),
            rank + "}", message);

    [Fact]
    public void Ranking_needs_a_rank() =>
        AssertErrorAt(WithQuestions("- {id: q, type: ranking, text: {fr: Q}, choices: [{code: a, fr: A}]}"), "{id: q", "missing key 'rank'");

    [Fact]
    public void Min_greater_than_max_is_refused() =>
        AssertErrorAt(WithQuestions("- {id: q, type: number, text: {fr: Q}, min: 10, max: 2.5}"), "10", "min (10) is greater than max (2.5)");

    [Fact]
    public void Min_must_be_a_number() =>
        AssertErrorAt(WithQuestions("- {id: q, type: number, text: {fr: Q}, min: zero}"), "zero", "'min' must be a number");

    [Fact]
    public void Max_length_must_be_positive() =>
        AssertErrorAt(WithQuestions("- {id: q, type: text, text: {fr: Q}, max_length: -5}"), "-5", "'max_length' must be a positive integer");

    [Fact]
    public void Question_that_is_not_a_map_is_refused() =>
        AssertErrorAt(WithQuestions("- just a question?"), "just", "a question must be a map");
}
