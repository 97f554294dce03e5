using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>Whatever an organiser saves, the reader answers with errors, never with an exception.</summary>
public class ReaderRobustnessTests
{
    [Theory]
    [InlineData("~")]
    [InlineData("just text")]
    [InlineData("\t- tab")]
    [InlineData("id: [")]
    [InlineData("id:\nversion:\naudience:\ntitle:\nsections:\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections: ~\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections: [~, 3, [a]]\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections:\n  - {id: s, title: {fr: S}, questions: ~}\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections:\n  - {id: s, title: {fr: S}, questions: [{id: q, type: single, text: {fr: Q}, choices: ~}]}\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections:\n  - {id: s, title: {fr: S}, questions: [{id: q, type: scale, scale: [a], text: {fr: Q}}]}\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nscales: [a]\nsections: []\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nscales: {a: ~, b: {points: ~}, c: {points: [1, 2]}}\nsections: []\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections:\n  - {id: s, title: {fr: S}, questions: [{id: q, type: text, text: {fr: Q}, relevant: {a: b}}]}\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections:\n  - {id: s, title: {fr: S}, questions: [{id: q, type: text, text: {fr: Q}, relevant: \"\"}]}\n")]
    [InlineData("id: t\nversion: 1\naudience: citizen\ntitle: {fr: T}\nsections:\n  - {id: s, title: {fr: S}, questions: [{id: q, type: text, text: {fr: Q}, relevant: |\n      answered(\n      x}]}\n")]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("a: &x [1]\nb: *x\n")]
    [InlineData("id: t\nversion: 99999999999999999999\n")]
    [InlineData("<<: {id: t}\n")]
    public void Malformed_file_gives_errors_not_exceptions(string yaml)
    {
        var result = QuestionnaireReader.Read(yaml, "f.yaml");
        Assert.Null(result.Questionnaire);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString()));
    }

    [Fact]
    public void Windows_line_endings_and_byte_order_mark_are_accepted()
    {
        var yaml = "\uFEFF" + SampleQuestionnaire.Yaml.Replace("\n", "\r\n");
        var result = QuestionnaireReader.Read(yaml, "f.yaml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Anchors_and_aliases_can_share_a_choice_list()
    {
        var yaml = SampleQuestionnaire.Yaml
            .Replace("choices:\n          - {code: logement", "choices: &priorites\n          - {code: logement");
        Assert.True(QuestionnaireReader.Read(yaml, "f.yaml").IsValid);
    }
}
