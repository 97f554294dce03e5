using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireReaderErrorTests;
using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireYaml;

namespace Diagnostic.Core.Tests.Questionnaires;

public class ScaleAndSectionErrorTests
{
    private const string ScaleQuestion = "- {id: q, type: scale, scale: accord, text: {fr: Q}}";

    private static string WithScale(string points) => WithQuestions(ScaleQuestion, $"""
        scales:
          accord:
            points:
        {points}
        """);

    [Fact]
    public void Scale_with_a_single_point_is_refused() =>
        AssertErrorAt(WithQuestions(ScaleQuestion, """
            scales:
              accord:
                points: [{code: 1, fr: Oui}]
            """), "[{code: 1", "scale 'accord' needs at least 2 points (it has 1)");

    [Fact]
    public void Scale_codes_must_increase() =>
        AssertErrorAt(WithScale("""
                  - {code: 1, fr: Un}
                  - {code: 3, fr: Trois}
                  - {code: 2, fr: Deux}
            """), "2, fr: Deux", "strictly increasing: 2 comes after 3");

    [Fact]
    public void Duplicate_scale_code_names_the_first_line() =>
        AssertErrorAt(WithScale("""
                  - {code: 1, fr: Un}
                  - {code: 1, fr: Encore un}
            """), "1, fr: Encore", "duplicate scale point code 1 (already at line");

    [Theory]
    [InlineData("'1'")]
    [InlineData("un")]
    [InlineData("1.5")]
    public void Scale_codes_are_integers(string code) =>
        AssertErrorAt(WithScale($$"""
                  - {code: {{code}}, fr: Un}
                  - {code: 2, fr: Deux}
            """), code + ",", "'code' must be an integer");

    [Fact]
    public void Unknown_key_in_a_scale_is_refused() =>
        AssertErrorAt(WithQuestions(ScaleQuestion, """
            scales:
              accord:
                points: [{code: 1, fr: Non}, {code: 2, fr: Oui}]
                nsp: {fr: Je ne sais pas}
            """), "nsp", "unknown key 'nsp' (expected one of: points, dont_know)");

    [Fact]
    public void Scale_point_without_french_is_refused() =>
        AssertErrorAt(WithQuestions(ScaleQuestion, """
            scales:
              accord:
                points: [{code: 1, fr: Non}, {code: 2, en: Yes}]
            """), "{code: 2", "missing key 'fr' in a scale point");

    [Fact]
    public void Dimension_without_scale_question_is_refused() =>
        AssertErrorAt(WithQuestions("- {id: q, type: text, text: {fr: Q}}").Replace("title: {fr: S}", "title: {fr: S}\n    dimension: true"),
            "dimension", "a dimension section needs at least one scale question");

    [Fact]
    public void Section_cannot_be_profile_and_dimension() =>
        AssertErrorAt(WithQuestions(ScaleQuestion).Replace("title: {fr: S}", "title: {fr: S}\n    profile: true\n    dimension: true"),
            "dimension", "cannot be both 'profile'");

    [Fact]
    public void Unknown_section_key_is_refused() =>
        AssertErrorAt(WithQuestions(ScaleQuestion).Replace("title: {fr: S}", "title: {fr: S}\n    score: true"),
            "score", "unknown key 'score' (expected one of: id, title, profile, dimension, questions)");

    [Fact]
    public void Section_without_questions_key_is_refused() =>
        AssertErrorAt("""
            id: t
            version: 1
            audience: citizen
            title: {fr: T}
            sections:
              - {id: s, title: {fr: S}}
            """, "{id: s", "missing key 'questions'");

    [Fact]
    public void Section_id_must_match_its_pattern() =>
        AssertErrorAt(WithQuestions(ScaleQuestion).Replace("- id: s", "- id: Profil"), "Profil", "section id 'Profil' must match");

    [Fact]
    public void Section_and_question_ids_share_one_namespace() =>
        AssertErrorAt(WithQuestions("- {id: s, type: scale, scale: accord, text: {fr: Q}}"), "s, type",
            "duplicate id 's' (already used by the section at line 6)");

    [Fact]
    public void Duplicate_section_id_is_refused()
    {
        var yaml = WithQuestions(ScaleQuestion).Replace("scales:", """
              - id: s
                title: {fr: Encore}
                questions: [{id: r, type: text, text: {fr: R}}]
            scales:
            """);
        AssertErrorAt(yaml, "s\n    title: {fr: Encore}", "duplicate id 's' (already used by the section at line 6)");
    }

    [Fact]
    public void Profile_must_be_a_boolean() =>
        AssertErrorAt(WithQuestions(ScaleQuestion).Replace("title: {fr: S}", "title: {fr: S}\n    profile: oui"),
            "oui", "'profile' must be true or false");
}
