namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>A small questionnaire with every kind of rule the answer pages must enforce.</summary>
public static class TestQuestionnaire
{
    public const string Id = "test-citoyens";

    public const string Yaml = """
        id: test-citoyens
        version: 1
        audience: citizen
        title: {fr: "Mon quartier, test", en: "My neighbourhood, test"}
        scales:
          accord4:
            points:
              - {code: 1, fr: "Pas du tout d'accord", en: "Strongly disagree"}
              - {code: 2, fr: "Plutôt pas d'accord", en: "Somewhat disagree"}
              - {code: 3, fr: "Plutôt d'accord", en: "Somewhat agree"}
              - {code: 4, fr: "Tout à fait d'accord", en: "Strongly agree"}
            dont_know: {fr: "Je ne sais pas", en: "I don't know"}
        sections:
          - id: profil
            title: {fr: "À propos de vous", en: "About you"}
            profile: true
            questions:
              - id: age
                type: single
                required: true
                text: {fr: "Quel âge avez-vous?", en: "How old are you?"}
                choices:
                  - {code: "14-34", fr: "14 à 34 ans", en: "14 to 34"}
                  - {code: "35+", fr: "35 ans et plus", en: "35 and over"}
              - id: annees
                type: number
                min: 0
                max: 99
                integer: true
                text: {fr: "Depuis combien d'années?", en: "For how many years?"}
          - id: vie
            title: {fr: "La vie dans le quartier", en: "Life in the neighbourhood"}
            dimension: true
            questions:
              - id: fier
                type: scale
                scale: accord4
                required: true
                text: {fr: "Je suis fier de mon quartier.", en: "I am proud of my neighbourhood."}
              - id: lieux
                type: multiple
                max_choices: 2
                text: {fr: "Vos lieux préférés?", en: "Your favourite places?"}
                choices:
                  - {code: parc, fr: "Un parc", en: "A park"}
                  - {code: biblio, fr: "La bibliothèque", en: "The library"}
                  - {code: autre, fr: "Autre", en: "Other"}
              - id: lieux_autre
                type: text
                max_length: 20
                relevant: "lieux contains 'autre'"
                text: {fr: "Lequel?", en: "Which one?"}
          - id: priorites
            title: {fr: "Vos priorités", en: "Your priorities"}
            questions:
              - id: top
                type: ranking
                rank: 2
                text: {fr: "Classez vos priorités.", en: "Rank your priorities."}
                choices:
                  - {code: logement, fr: "Logement", en: "Housing"}
                  - {code: transport, fr: "Transport", en: "Transport"}
                  - {code: securite, fr: "Sécurité", en: "Safety"}
        """;
}
