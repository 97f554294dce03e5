using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Tests.Demo;

/// <summary>A small questionnaire with every question type, built in code for the generator tests.</summary>
internal static class DemoQuestionnaire
{
    public static readonly Scale Accord5 = new("accord5",
        Enumerable.Range(1, 5).Select(i => new ScalePoint(i, LocalizedText.Of($"point {i}"))).ToList(),
        LocalizedText.Of("Je ne sais pas", "I don't know"));

    public static readonly Scale Belonging4 = new("appartenance4",
        Enumerable.Range(1, 4).Select(i => new ScalePoint(i, LocalizedText.Of($"niveau {i}"))).ToList(),
        DontKnow: null);

    public static Questionnaire Build()
    {
        Question ScaleItem(string id, Scale scale, bool reverse = false) =>
            new(id, QuestionType.Scale, LocalizedText.Of(id), Scale: scale, Reverse: reverse);
        var places = new[] { "parc", "bibliotheque", "ecole", "commerces", "autre" }.Select(Choice).ToList();
        var themes = new[] { "logement", "transport", "securite", "emploi", "jeunesse" }.Select(Choice).ToList();
        return new Questionnaire("demo", 1, Audience.Citizen, LocalizedText.Of("Démo"), null,
            new Dictionary<string, Scale> { [Accord5.Id] = Accord5, [Belonging4.Id] = Belonging4 },
            [
                new Section("appartenance", LocalizedText.Of("Appartenance"),
                [
                    ScaleItem("app_attachement", Belonging4),
                    ScaleItem("app_chez_moi", Accord5),
                    ScaleItem("app_demenager", Accord5, reverse: true),
                ], IsDimension: true),
                new Section("services", LocalizedText.Of("Services"),
                [
                    ScaleItem("serv_aliments", Accord5),
                    ScaleItem("serv_transport", Accord5),
                ], IsDimension: true),
                new Section("avis", LocalizedText.Of("Avis"),
                [
                    new Question("lieux", QuestionType.Multiple, LocalizedText.Of("Lieux"), Choices: places, MaxChoices: 2),
                    new Question("lieux_autre", QuestionType.Text, LocalizedText.Of("Lequel?"), MaxLength: 12,
                        Relevant: Condition("lieux contains 'autre'")),
                    new Question("priorites", QuestionType.Ranking, LocalizedText.Of("Priorités"), Choices: themes, Rank: 3),
                    new Question("note", QuestionType.Number, LocalizedText.Of("Note"), Min: 0, Max: 5),
                    new Question("force", QuestionType.Text, LocalizedText.Of("Force"), Required: true, MaxLength: 500),
                ]),
                new Section("profil", LocalizedText.Of("Profil"),
                [
                    new Question("age", QuestionType.Single, LocalizedText.Of("Âge"), Required: true,
                        Choices: new[] { "14-17", "18-24", "25-44", "45-64", "65+" }.Select(Choice).ToList()),
                    new Question("nb_personnes", QuestionType.Number, LocalizedText.Of("Personnes"), Min: 1, Max: 20, Integer: true),
                    new Question("age_precis", QuestionType.Single, LocalizedText.Of("Majeur?"),
                        Choices: [Choice("oui"), Choice("non")], Relevant: Condition("age != '14-17' and nb_personnes > 3")),
                ], IsProfile: true),
            ],
            sourceHash: "test");
    }

    private static Choice Choice(string code) => new(code, LocalizedText.Of(code));

    private static RelevanceExpression Condition(string text) =>
        RelevanceExpression.Parse(text).Expression ?? throw new InvalidOperationException($"Bad condition {text}");
}
