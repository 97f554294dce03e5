using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Core.Questionnaires;
using static Diagnostic.Core.Tests.Analysis.Change.ChangeFixtures;

namespace Diagnostic.Core.Tests.Analysis.Change;

/// <summary>
/// Two versions of one questionnaire, 2026 (before) and 2027 (after). Between them:
/// `confiance` moved from a 5-point to a 4-point scale, `logement` from single to multiple,
/// `ancienne` was dropped, `nouvelle` added, `transport` gained the choice `marche`,
/// and the dimension `services` gained an item. `nb_annees`, `vie` and `securite` are unchanged.
/// </summary>
internal static class BilanQuestionnaires
{
    public static readonly Questionnaire Before = QuestionnaireOf(1,
        Plain("profil",
            Number("nb_annees"),
            Single("transport", "auto", "bus", "velo"),
            ScaleItem("confiance", Agree5),
            Single("logement", "proprio", "locataire"),
            Number("ancienne")),
        Dimension("vie", ScaleItem("v1"), ScaleItem("v2"), ScaleItem("v3", reverse: true)),
        Dimension("securite", ScaleItem("s1"), ScaleItem("s2")),
        Dimension("services", ScaleItem("sv1"), ScaleItem("sv2")));

    public static readonly Questionnaire After = QuestionnaireOf(2,
        Plain("profil",
            Number("nb_annees"),
            Single("transport", "auto", "bus", "velo", "marche"),
            ScaleItem("confiance", Agree4),
            Multiple("logement", "proprio", "locataire"),
            Number("nouvelle")),
        Dimension("vie", ScaleItem("v3", reverse: true), ScaleItem("v1"), ScaleItem("v2")),
        Dimension("securite", ScaleItem("s1"), ScaleItem("s2")),
        Dimension("services", ScaleItem("sv1"), ScaleItem("sv2"), ScaleItem("sv3")));

    public static ChangeReport Bilan(Portrait before, Portrait after) => ChangeBuilder.Build(Before, before, After, after);
}
