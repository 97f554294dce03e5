using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Plans;

/// <summary>
/// Whether a cible's indicator still exists in a questionnaire: a dimension by its id, a question by its id, a choice
/// as « question:code ». A cible carried into a year whose collecte asks other questions cannot be measured again.
/// </summary>
public static class IndicatorPresence
{
    public static bool Exists(Questionnaire questionnaire, FigureLevel level, string id) => level switch
    {
        FigureLevel.Dimension => questionnaire.Dimensions.Any(d => d.Id == id),
        FigureLevel.Question => questionnaire.Questions.Any(q => q.Id == id),
        _ => id.Split(':') is [var question, var code]
            && questionnaire.Questions.Any(q => q.Id == question && q.ChoiceList.Any(c => c.Code == code)),
    };
}
