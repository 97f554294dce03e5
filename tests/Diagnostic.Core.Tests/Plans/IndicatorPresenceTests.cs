using Diagnostic.Core.Analysis;
using Diagnostic.Core.Plans;
using Diagnostic.Core.Tests.TestSupport;

namespace Diagnostic.Core.Tests.Plans;

public class IndicatorPresenceTests
{
    private static readonly Diagnostic.Core.Questionnaires.Questionnaire Questionnaire = new QuestionnaireBuilder()
        .Dimension("entraide", s => s.Scale("voisins"))
        .Section("profil", s => s.Single("logement", "proprio", "locataire"), profile: true)
        .Build();

    [Theory]
    [InlineData(FigureLevel.Dimension, "entraide", true)]
    [InlineData(FigureLevel.Dimension, "securite", false)]
    [InlineData(FigureLevel.Question, "voisins", true)]
    [InlineData(FigureLevel.Question, "transport", false)]
    [InlineData(FigureLevel.Choice, "logement:locataire", true)]
    [InlineData(FigureLevel.Choice, "logement:cooperative", false)]
    [InlineData(FigureLevel.Choice, "logement", false)]
    public void An_indicator_exists_when_the_questionnaire_still_asks_for_it(FigureLevel level, string id, bool exists) =>
        Assert.Equal(exists, IndicatorPresence.Exists(Questionnaire, level, id));
}
