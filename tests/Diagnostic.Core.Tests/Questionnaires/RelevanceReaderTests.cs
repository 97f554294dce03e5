using Diagnostic.Core.Questionnaires;
using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireReaderErrorTests;
using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireYaml;

namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>`relevant` conditions as the reader checks them: syntax with the column in the file, and references.</summary>
public class RelevanceReaderTests
{
    private const string Lieux = "- {id: lieux, type: multiple, text: {fr: Où?}, choices: [{code: parc, fr: Parc}, {code: autre, fr: Autre}]}";

    private static string Following(string relevant) =>
        WithQuestions(Lieux + "\n- {id: q, type: text, text: {fr: Q}, relevant: " + relevant + "}");

    [Fact]
    public void Syntax_error_in_a_double_quoted_condition_points_inside_the_file() =>
        AssertErrorAt(Following("\"lieux contains 'autre' and\""), "\"}", "invalid 'relevant' condition: expected a question id");

    [Fact]
    public void Syntax_error_in_a_plain_block_condition_points_inside_the_file() =>
        AssertErrorAt(WithQuestions(Lieux + """

            - id: q
              type: text
              text: {fr: Q}
              relevant: lieux = 'autre'
            """), "= 'autre'", "'=' is not an operator; use '==' to compare");

    [Fact]
    public void Single_quoted_yaml_condition_also_maps_its_columns() =>
        AssertErrorAt(Following("'lieux contains ''autre'' or or'"), "or'}", "expected a question id");

    [Fact]
    public void Escapes_in_a_double_quoted_condition_do_not_shift_the_column() =>
        AssertErrorAt(Following("\"lieux contains \\x27autre\\x27 and answered(lieu)\""), "lieu)", "unknown question 'lieu'");

    [Fact]
    public void Unknown_question_in_a_condition_is_named_where_written() =>
        AssertErrorAt(Following("\"answered(lieu)\""), "lieu)", "unknown question 'lieu' in the condition");

    [Fact]
    public void Condition_cannot_refer_to_a_later_question()
    {
        var yaml = WithQuestions("- {id: q, type: text, text: {fr: Q}, relevant: \"lieux contains 'parc'\"}\n" + Lieux);
        AssertErrorAt(yaml, "lieux contains", "'lieux' comes after this question");
    }

    [Fact]
    public void Condition_cannot_refer_to_its_own_question() =>
        AssertErrorAt(WithQuestions("- {id: q, type: number, text: {fr: Q}, relevant: q > 3}"), "q > 3", "cannot refer to 'q' itself");

    [Fact]
    public void Contains_on_a_single_choice_question_is_refused() =>
        AssertErrorAt(WithQuestions("""
            - {id: age, type: single, text: {fr: Âge}, choices: [{code: jeune, fr: Jeune}]}
            - {id: q, type: text, text: {fr: Q}, relevant: "age contains 'jeune'"}
            """), "age contains", "'contains' applies to multiple-choice questions; 'age' is a single question");

    // The format lists what a condition may not do: fail to parse, or refer to an unknown or later question. A quoted
    // code is free: REFUS of a question that offers to decline, NSP, or any text; a file that follows the format loads.
    [Theory]
    [InlineData("age != 'REFUS'")]
    [InlineData("age == 'vieux'")]
    [InlineData("lieux contains 'autres'")]
    public void A_condition_on_any_quoted_code_loads(string condition)
    {
        var result = QuestionnaireReader.Read(WithQuestions($$"""
            - {id: age, type: single, text: {fr: Âge}, decline: {fr: Je préfère ne pas répondre}, choices: [{code: jeune, fr: Jeune}]}
            - {id: lieux, type: multiple, text: {fr: Lieux}, choices: [{code: parc, fr: Parc}, {code: autre, fr: Autre}]}
            - {id: q, type: text, text: {fr: Q}, relevant: "{{condition}}"}
            """), "f.yaml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Whole_multiple_value_may_be_compared_with_equals()
    {
        var result = QuestionnaireReader.Read(Following("\"lieux == 'parc|autre'\""), "f.yaml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Every_reference_error_is_reported() =>
        Assert.Equal(2, QuestionnaireReader.Read(Following("\"answered(x) or answered(y)\""), "f.yaml").Errors.Count);

    [Fact]
    public void Conditions_across_sections_may_refer_to_earlier_sections()
    {
        var yaml = SampleQuestionnaire.Yaml.Replace(
            "relevant: \"app_lieux contains 'autre'\"",
            "relevant: \"app_lieux contains 'autre' and (age == '65+' or not answered(app_fier)) and app_fier >= 3\"");
        var result = QuestionnaireReader.Read(yaml, "f.yaml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(["app_lieux", "age", "app_fier"], result.Questionnaire!.FindQuestion("app_lieux_autre")!.Relevant!.ReferencedQuestions);
    }
}
