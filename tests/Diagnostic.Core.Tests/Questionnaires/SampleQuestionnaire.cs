namespace Diagnostic.Core.Tests.Questionnaires;

/// <summary>The example of src/Diagnostic.Core/Questionnaires/README.md, completed (every "..." filled in): it must load.</summary>
internal static class SampleQuestionnaire
{
    public const string FileName = "citoyens.yaml";

    public const string Yaml = """
        id: citoyens                 # [a-z0-9-]+, unique among the files
        version: 2                   # integer; raise it when questions change
        audience: citizen            # citizen | partner
        title: {fr: "Mon quartier, j'en parle", en: "My neighbourhood, my say"}
        intro: {fr: "Merci de prendre dix minutes.", en: "Thank you for taking ten minutes."}
        scales:
          accord4:
            points:                  # ordered from lowest to highest
              - {code: 1, fr: "Pas du tout d'accord", en: "Strongly disagree"}
              - {code: 2, fr: "Plutôt pas d'accord", en: "Somewhat disagree"}
              - {code: 3, fr: "Plutôt d'accord", en: "Somewhat agree"}
              - {code: 4, fr: "Tout à fait d'accord", en: "Strongly agree"}
            dont_know: {fr: "Je ne sais pas", en: "I don't know"}   # optional
        sections:
          - id: profil
            title: {fr: "À propos de vous", en: "About you"}
            profile: true            # breakdowns and weighting; never scored
            questions:
              - id: age
                type: single
                required: true
                text: {fr: "Quel âge avez-vous?", en: "How old are you?"}
                choices:
                  - {code: "18-34", fr: "18 à 34 ans", en: "18 to 34"}
                  - {code: "35-64", fr: "35 à 64 ans", en: "35 to 64"}
                  - {code: "65+",   fr: "65 ans et plus", en: "65 and over"}
          - id: appartenance
            title: {fr: "Sentiment d'appartenance", en: "Sense of belonging"}
            dimension: true          # scored: its scale questions make the dimension score
            questions:
              - id: app_fier
                type: scale
                scale: accord4
                text: {fr: "Je suis fier de mon quartier.", en: "I am proud of my neighbourhood."}
              - id: app_demenager
                type: scale
                scale: accord4
                reverse: true        # agreement is negative for the dimension
                text: {fr: "J'aimerais déménager ailleurs.", en: "I would like to move elsewhere."}
              - id: app_lieux
                type: multiple
                max_choices: 3
                text: {fr: "Où rencontrez-vous vos voisins?", en: "Where do you meet your neighbours?"}
                choices:
                  - {code: parc, fr: "Un parc", en: "A park"}
                  - {code: ecole, fr: "L'école", en: "The school"}
                  - {code: epicerie, fr: "L'épicerie", en: "The grocery"}
                  - {code: autre, fr: "Autre", en: "Other"}
              - id: app_lieux_autre
                type: text
                max_length: 300
                relevant: "app_lieux contains 'autre'"
                text: {fr: "Lequel?", en: "Which one?"}
              - id: app_annees
                type: number
                min: 0
                max: 99
                integer: true
                text: {fr: "Depuis combien d'années y vivez-vous?", en: "For how many years have you lived there?"}
              - id: app_priorites
                type: ranking
                rank: 3              # the respondent orders their top 3
                choices:
                  - {code: logement, fr: "Logement", en: "Housing"}
                  - {code: securite, fr: "Sécurité", en: "Safety"}
                  - {code: parcs, fr: "Parcs", en: "Parks"}
                  - {code: transport, fr: "Transport", en: "Transit"}
                text: {fr: "Classez vos trois priorités.", en: "Rank your top three priorities."}
        """;
}
