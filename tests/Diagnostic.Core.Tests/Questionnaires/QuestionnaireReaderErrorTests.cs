using Diagnostic.Core.Questionnaires;
using static Diagnostic.Core.Tests.Questionnaires.QuestionnaireYaml;

namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>One test per kind of error of the format, each asserting the position the organiser is sent to.</summary>
public class QuestionnaireReaderErrorTests
{
    internal static QuestionnaireError OnlyError(string yaml)
    {
        var result = QuestionnaireReader.Read(yaml, "f.yaml");
        Assert.False(result.IsValid);
        Assert.Null(result.Questionnaire);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_at_the_bad_byte_by_every_command()
    {
        // « célibataire » saved in Windows-1252: é is the single byte 0xE9. The portrait verb once read it with
        // replacement characters and then refused every response as an unknown choice.
        var path = Path.Combine(Path.GetTempPath(), $"latin1-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("id: t\nversion: 1\ntitle: {fr: \"c\u00e9libataire\"}\n"));
        try
        {
            var result = QuestionnaireReader.ReadFile(path);
            var error = Assert.Single(result.Errors);
            Assert.Null(result.Questionnaire);
            Assert.Equal((3, 15), (error.Line, error.Column)); // the é, after « title: {fr: "c »
            Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static void AssertError(string yaml, int line, int column, string messagePart)
    {
        var error = OnlyError(yaml);
        Assert.Equal("f.yaml", error.File);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    /// <summary>Asserts the only error sits where <paramref name="marker"/> (unique in the text) is written.</summary>
    internal static void AssertErrorAt(string yaml, string marker, string messagePart)
    {
        var index = yaml.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0 && yaml.IndexOf(marker, index + 1, StringComparison.Ordinal) < 0, $"marker '{marker}' must occur once");
        var line = yaml[..index].Count(c => c == '\n') + 1;
        var lineStart = index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;
        AssertError(yaml, line, index - lineStart + 1, messagePart);
    }

    [Fact]
    public void Yaml_syntax_error_is_positioned() =>
        AssertError("""
            id: t
            version: 1
            title: [fr, "unclosed
            """, 3, 13, "YAML syntax error");

    [Fact]
    public void Same_key_twice_in_a_map_is_a_yaml_error() =>
        AssertError("""
            id: t
            version: 1
            id: u
            """, 3, 1, "Duplicate key");

    [Fact]
    public void Empty_file_is_refused() => AssertError("# nothing\n", 1, 1, "empty");

    [Fact]
    public void Two_documents_in_one_file_are_refused() =>
        // The sample has 68 lines: "---" is line 69 and the second document starts on line 70.
        AssertError(SampleQuestionnaire.Yaml + "\n---\nid: autre\n", 70, 1, "one questionnaire per file");

    [Fact]
    public void Top_level_must_be_a_map() => AssertError("- a\n- b\n", 1, 1, "must be a map");

    [Fact]
    public void Unknown_top_level_key_is_named_with_the_expected_ones()
    {
        var error = OnlyError(SampleQuestionnaire.Yaml.Replace("intro:", "introduction:"));
        Assert.Equal((5, 1), (error.Line, error.Column));
        Assert.Equal("unknown key 'introduction' (expected one of: id, version, audience, title, intro, scales, sections)", error.Message);
    }

    // The format knows no question hint and no section intro (only the questionnaire's): unknown keys, refused.
    [Theory]
    [InlineData("- {id: q, type: text, text: {fr: Q}, hint: {fr: Indice}}", "unknown key 'hint'")]
    public void A_hint_on_a_question_is_an_unknown_key(string question, string message) =>
        AssertErrorAt(WithQuestions(question), "hint:", message);

    [Fact]
    public void A_stored_snapshot_with_a_hint_or_a_section_intro_still_reads()
    {
        // A collecte's snapshot stored when the reader accepted these keys must keep working: they are ignored.
        var yaml = SampleQuestionnaire.Yaml.Replace("    title: {fr: \"À propos de vous\"", "    intro: {fr: Bonjour}\n    title: {fr: \"À propos de vous\"");
        var stored = QuestionnaireReader.ReadStored(WithQuestions("- {id: q, type: text, text: {fr: Q}, hint: {fr: Indice}}"), "snapshot");

        Assert.True(stored.IsValid, string.Join("\n", stored.Errors));
        Assert.True(QuestionnaireReader.ReadStored(yaml, "snapshot").IsValid);
        Assert.False(QuestionnaireReader.Read(yaml, "f.yaml").IsValid);
    }

    [Fact]
    public void An_intro_on_a_section_is_an_unknown_key()
    {
        var error = OnlyError(SampleQuestionnaire.Yaml.Replace("    title: {fr: \"À propos de vous\"", "    intro: {fr: Bonjour}\n    title: {fr: \"À propos de vous\""));
        Assert.StartsWith("unknown key 'intro'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_top_level_key_points_at_the_map() =>
        AssertError(SampleQuestionnaire.Yaml.Replace("version: 2  ", "#ersion: 2  "), 1, 1, "missing key 'version'");

    [Theory]
    [InlineData("version: \"2\"", 10, "'version' must be an integer")]
    [InlineData("version: 2.5", 10, "'version' must be an integer")]
    [InlineData("version: 0", 10, "'version' must be a positive integer")]
    [InlineData("version: [2]", 10, "'version' must be an integer")]
    public void Version_must_be_a_positive_plain_integer(string line, int column, string message) =>
        AssertError(WithQuestions("- {id: q, type: text, text: {fr: Q}}").Replace("version: 1", line), 2, column, message);

    [Fact]
    public void Invalid_audience_lists_the_two_audiences() =>
        AssertError(SampleQuestionnaire.Yaml.Replace("audience: citizen", "audience: citoyen"), 3, 11,
            "unknown audience 'citoyen' (expected citizen or partner)");

    [Theory]
    [InlineData("id: Citoyens")]
    [InlineData("id: mon_quartier")]
    [InlineData("id: \"\"")]
    public void Questionnaire_id_must_match_its_pattern(string line) =>
        AssertError(SampleQuestionnaire.Yaml.Replace("id: citoyens", line), 1, 5, "must match [a-z0-9-]+");

    [Fact]
    public void Title_that_is_not_a_map_is_a_wrong_type() =>
        AssertError(SampleQuestionnaire.Yaml.Replace("title: {fr: \"Mon quartier, j'en parle\", en: \"My neighbourhood, my say\"}", "title: Mon quartier"),
            4, 8, "'title' must be a map");

    [Fact]
    public void Text_without_french_is_refused_at_the_text() =>
        AssertError(WithQuestions("- {id: q, type: text, text: {en: Question}}"), 9, 35, "missing key 'fr'");

    [Fact]
    public void Blank_french_text_is_refused() =>
        AssertError(WithQuestions("- {id: q, type: text, text: {fr: '  '}}"), 9, 40, "French text of 'text' is empty");

    [Fact]
    public void Language_keys_are_two_letters() =>
        AssertError(WithQuestions("- {id: q, type: text, text: {fr: Q, english: Q}}"), 9, 43, "unknown key 'english' in 'text'");

    [Fact]
    public void Errors_are_all_collected_and_sorted_by_position()
    {
        var yaml = WithQuestions("""
            - {id: Q1, type: text, text: {fr: Q}}
            - {id: q2, type: echelle, text: {fr: Q}}
            - {id: q3, type: text, text: {fr: Q}, required: oui}
            """).Replace("audience: citizen", "audience: public");
        var result = QuestionnaireReader.Read(yaml, "f.yaml");
        Assert.Null(result.Questionnaire);
        Assert.Equal(
            ["f.yaml:3:11", "f.yaml:9:14", "f.yaml:10:24", "f.yaml:11:55"],
            result.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column}"));
    }

    [Fact]
    public void Error_prints_as_file_line_column_message() =>
        Assert.Equal("f.yaml:3:11: unknown audience 'public' (expected citizen or partner)",
            OnlyError(SampleQuestionnaire.Yaml.Replace("audience: citizen", "audience: public")).ToString());
}
