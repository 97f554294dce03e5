using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;

namespace Diagnostic.Web.Pages.Answer;

/// <summary>
/// Turns a posted section form into answer values written as the format's table says (codes,
/// `a|b` in file order, `a&gt;b` in rank order, invariant numbers). Fields are named q-{id}
/// (ranking: q-{id}-{rank}). Anything else starting with q- is kept as an unknown question id.
/// </summary>
public static class AnswerForm
{
    public const string Prefix = "q-";

    public sealed record Posted(Dictionary<string, string> Values, IReadOnlyList<string> UnknownIds);

    public static Posted Read(Questionnaire questionnaire, IFormCollection form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var id in PostedQuestionIds(form))
        {
            var question = questionnaire.FindQuestion(id);
            if (question is null) { unknown.Add(id); continue; }
            var value = ValueOf(question, form);
            if (value.Length > 0) values[id] = value;
        }
        return new Posted(values, unknown);
    }

    /// <summary>Longest value sent back into a non-text field; codes and numbers are far shorter.</summary>
    public const int MaxRedisplayedLength = 200;

    /// <summary>
    /// The posted values to show again beside their problems, each cut to what its field can hold (text:
    /// max_length), so a script that posts a megabyte does not get the megabyte back in the page.
    /// </summary>
    public static Dictionary<string, string> ForRedisplay(Questionnaire questionnaire, IReadOnlyDictionary<string, string> values) =>
        values.ToDictionary(
            pair => pair.Key,
            pair => Cut(pair.Value, questionnaire.FindQuestion(pair.Key) is { Type: QuestionType.Text } text ? text.MaxLength : MaxRedisplayedLength),
            StringComparer.Ordinal);

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];

    private static IEnumerable<string> PostedQuestionIds(IFormCollection form) => form.Keys
        .Where(key => key.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(key => key[Prefix.Length..].Split('-')[0])
        .Where(id => id.Length > 0)
        .Distinct();

    private static string ValueOf(Question question, IFormCollection form) => question.Type switch
    {
        QuestionType.Multiple => AnswerValues.JoinMultiple(question, form[Prefix + question.Id].Select(v => v ?? "")),
        QuestionType.Ranking => AnswerValues.JoinRanking(Enumerable.Range(1, question.Rank ?? 0)
            .Select(rank => form[$"{Prefix}{question.Id}-{rank}"].ToString())
            .Where(code => code.Length > 0)),
        QuestionType.Number => NumberValue(form[Prefix + question.Id].ToString()),
        QuestionType.Text => form[Prefix + question.Id].ToString().Trim(),
        _ => form[Prefix + question.Id].ToString(),
    };

    /// <summary>Accepts « 3,5 » as well as 3.5; leaves anything else as typed for validation to refuse.</summary>
    private static string NumberValue(string typed)
    {
        var trimmed = typed.Trim();
        return AnswerValues.TryNormalizeNumber(trimmed, out var normalized) ? normalized : trimmed;
    }
}
