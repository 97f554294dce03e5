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
        QuestionType.Multiple => MultipleValue(question, form[Prefix + question.Id].Select(v => v ?? "").ToList()),
        QuestionType.Ranking => AnswerValues.JoinRanking(Enumerable.Range(1, question.Rank ?? 0)
            .Select(rank => form[$"{Prefix}{question.Id}-{rank}"].ToString())
            .Where(code => code.Length > 0)),
        QuestionType.Number => NumberValue(question, form[Prefix + question.Id].Select(v => v ?? "").ToList()),
        QuestionType.Text => TextValue(form[Prefix + question.Id].ToString()),
        _ => form[Prefix + question.Id].ToString(),
    };

    /// <summary>
    /// Spaces around an answer and line ends after it are not part of it, but a leading tab or line break is kept as
    /// typed: trimming it would turn « \t=1+1 » into the formula « =1+1 » (the exports neutralise what was typed).
    /// </summary>
    private static string TextValue(string typed) => string.IsNullOrWhiteSpace(typed) ? "" : typed.TrimEnd().TrimStart(' ');

    // Choices ticked together with "decline" are an answer: they win and the decline box is dropped.
    private static string MultipleValue(Question question, List<string> posted)
    {
        var codes = posted.Where(v => !IsDecline(question, v)).ToList();
        return codes.Any(c => c.Length > 0) || !posted.Any(v => IsDecline(question, v))
            ? AnswerValues.JoinMultiple(question, codes)
            : Question.DeclineCode;
    }

    /// <summary>Accepts « 3,5 » as well as 3.5; leaves anything else as typed for validation to refuse. A typed number wins over "decline".</summary>
    private static string NumberValue(Question question, List<string> posted)
    {
        var trimmed = string.Join(",", posted.Where(v => !IsDecline(question, v))).Trim();
        if (trimmed.Length == 0) return posted.Any(v => IsDecline(question, v)) ? Question.DeclineCode : "";
        return AnswerValues.TryNormalizeNumber(trimmed, out var normalized) ? normalized : trimmed;
    }

    private static bool IsDecline(Question question, string value) => question.HasDecline && value == Question.DeclineCode;
}
