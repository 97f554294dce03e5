using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Questionnaires;

public class QuestionnaireReaderTests
{
    private static Questionnaire Load(string yaml)
    {
        var result = QuestionnaireReader.Read(yaml, "test.yaml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Empty(result.Errors);
        return result.Questionnaire!;
    }

    [Fact]
    public void The_example_of_the_format_loads_with_every_setting()
    {
        var questionnaire = Load(SampleQuestionnaire.Yaml);

        Assert.Equal("citoyens", questionnaire.Id);
        Assert.Equal(2, questionnaire.Version);
        Assert.Equal(Audience.Citizen, questionnaire.Audience);
        Assert.Equal("My neighbourhood, my say", questionnaire.Title.In("en"));
        Assert.Equal("Merci de prendre dix minutes.", questionnaire.Intro!.Fr);
        Assert.Equal(["profil", "appartenance"], questionnaire.Sections.Select(s => s.Id));
        Assert.True(questionnaire.Sections[0].IsProfile);
        Assert.True(questionnaire.Sections[1].IsDimension);
        Assert.Equal(
            ["age", "app_fier", "app_demenager", "app_lieux", "app_lieux_autre", "app_annees", "app_priorites"],
            questionnaire.Questions.Select(q => q.Id));
        Assert.Equal(["app_fier", "app_demenager"], questionnaire.Sections[1].ScoredItems.Select(q => q.Id));
    }

    [Fact]
    public void Scale_is_read_in_order_with_dont_know()
    {
        var scale = Load(SampleQuestionnaire.Yaml).Scales["accord4"];
        Assert.Equal([1, 2, 3, 4], scale.Points.Select(p => p.Code));
        Assert.Equal("Strongly agree", scale.Points[3].Label.In("en"));
        Assert.Equal("Je ne sais pas", scale.DontKnow!.Fr);
    }

    [Fact]
    public void Every_question_type_keeps_its_settings()
    {
        var questionnaire = Load(SampleQuestionnaire.Yaml);
        var age = questionnaire.FindQuestion("age")!;
        Assert.Equal((QuestionType.Single, true), (age.Type, age.Required));
        Assert.Equal(["18-34", "35-64", "65+"], age.ChoiceList.Select(c => c.Code));

        var demenager = questionnaire.FindQuestion("app_demenager")!;
        Assert.Equal((QuestionType.Scale, "accord4", true), (demenager.Type, demenager.Scale!.Id, demenager.Reverse));
        Assert.False(questionnaire.FindQuestion("app_fier")!.Reverse);

        var lieux = questionnaire.FindQuestion("app_lieux")!;
        Assert.Equal((QuestionType.Multiple, 3, 4), (lieux.Type, lieux.MaxChoices, lieux.ChoiceList.Count));

        var autre = questionnaire.FindQuestion("app_lieux_autre")!;
        Assert.Equal((QuestionType.Text, 300), (autre.Type, autre.MaxLength));
        Assert.Equal("app_lieux contains 'autre'", autre.Relevant!.Source);
        Assert.Equal(["app_lieux"], autre.Relevant.ReferencedQuestions);

        var annees = questionnaire.FindQuestion("app_annees")!;
        Assert.Equal((QuestionType.Number, 0.0, 99.0, true), (annees.Type, annees.Min, annees.Max, annees.Integer));

        var priorites = questionnaire.FindQuestion("app_priorites")!;
        Assert.Equal((QuestionType.Ranking, 3), (priorites.Type, priorites.Rank));
    }

    [Fact]
    public void Defaults_apply_when_optional_keys_are_absent()
    {
        var question = Load(SampleQuestionnaire.Yaml).FindQuestion("app_fier")!;
        Assert.False(question.Required);
        Assert.Null(question.Relevant);
        Assert.Equal(Question.DefaultMaxLength, new Question("t", QuestionType.Text, LocalizedText.Of("?")).MaxLength);
    }

    [Fact]
    public void Text_question_without_max_length_gets_two_thousand()
    {
        var questionnaire = Load("""
            id: t
            version: 1
            audience: partner
            title: {fr: T}
            sections:
              - id: s
                title: {fr: S}
                questions:
                  - {id: q, type: text, text: {fr: Q, es: Pista}}
            """);
        var question = questionnaire.Questions.Single();
        Assert.Equal(2000, question.MaxLength);
        Assert.Equal(Audience.Partner, questionnaire.Audience);
        Assert.Equal("Pista", question.Text.In("es"));
        Assert.Equal("Q", question.Text.In("en"));
    }

    [Fact]
    public void Integer_choice_codes_are_stored_as_strings()
    {
        var question = Load("""
            id: t
            version: 1
            audience: citizen
            title: {fr: T}
            sections:
              - id: s
                title: {fr: S}
                questions:
                  - id: enfants
                    type: single
                    text: {fr: Combien?}
                    choices:
                      - {code: 0, fr: Aucun}
                      - {code: 1, fr: Un}
                      - {code: "2+", fr: Deux et plus}
            """).Questions.Single();
        Assert.Equal(["0", "1", "2+"], question.ChoiceList.Select(c => c.Code));
    }

    [Fact]
    public void Source_hash_is_the_sha256_of_the_utf8_text()
    {
        // Expected from coreutils, on the two UTF-8 bytes c3 a9: printf '%s' 'é' | sha256sum
        Assert.Equal("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", QuestionnaireReader.SourceHashOf("é"));
        var questionnaire = Load(SampleQuestionnaire.Yaml);
        Assert.Equal(QuestionnaireReader.SourceHashOf(SampleQuestionnaire.Yaml), questionnaire.SourceHash);
        Assert.Matches("^[0-9a-f]{64}$", questionnaire.SourceHash);
        Assert.NotEqual(questionnaire.SourceHash, Load(SampleQuestionnaire.Yaml + "\n# comment").SourceHash);
    }
}
