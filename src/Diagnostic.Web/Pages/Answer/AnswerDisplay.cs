using System.Globalization;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Core.Formatting;
using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>A stored value as the respondent reads it back on the review page (labels, French numbers).</summary>
public static class AnswerDisplay
{
    public static string Text(Question question, string value, string language) => question.Type switch
    {
        _ when question.HasDecline && value == Question.DeclineCode => question.Decline!.In(language),
        QuestionType.Scale when value == Scale.DontKnowCode => question.Scale!.DontKnow?.In(language) ?? value,
        QuestionType.Scale => question.Scale!.Points.FirstOrDefault(p => p.Code.ToString(CultureInfo.InvariantCulture) == value)?.Label.In(language) ?? value,
        QuestionType.Single => Label(question, value, language),
        QuestionType.Multiple => string.Join(", ", AnswerValues.Codes(question, value).Select(c => Label(question, c, language))),
        QuestionType.Ranking => string.Join(language == "fr" ? "\u202F; " : "; ", AnswerValues.Codes(question, value).Select((c, i) => $"{i + 1}. {Label(question, c, language)}")),
        QuestionType.Number => Number(value, language),
        _ => value,
    };

    private static string Label(Question question, string code, string language) =>
        question.FindChoice(code)?.Label.In(language) ?? code;

    private static string Number(string value, string language)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return value;
        var decimals = value.Contains('.') ? value.Length - value.IndexOf('.') - 1 : 0;
        return NumberText.For(language).Number(number, decimals);
    }
}
