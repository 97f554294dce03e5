using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>Builds and splits stored answer values (src/Diagnostic.Core/Questionnaires/README.md, "How answers are written").</summary>
public static class AnswerValues
{
    /// <summary>Joins the codes of a multiple-choice answer.</summary>
    public const char MultipleSeparator = '|';

    /// <summary>Joins the codes of a ranking answer, best first.</summary>
    public const char RankingSeparator = '>';

    /// <summary>The stored value for "don't know" on a scale.</summary>
    public const string DontKnow = Scale.DontKnowCode;

    /// <summary>
    /// The stored value of a multiple-choice answer: the distinct codes in the file's order.
    /// Codes that are not choices are kept at the end so that <see cref="AnswerRules.Check"/> reports them.
    /// </summary>
    public static string JoinMultiple(Question question, IEnumerable<string> codes)
    {
        var chosen = codes.Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        var known = question.ChoiceList.Select(c => c.Code).Where(chosen.Contains).ToList();
        var unknown = chosen.Except(known, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join(MultipleSeparator, known.Concat(unknown));
    }

    /// <summary>The stored value of a ranking answer: the codes as given, best first.</summary>
    public static string JoinRanking(IEnumerable<string> codesBestFirst) =>
        string.Join(RankingSeparator, codesBestFirst);

    /// <summary>
    /// The codes of a multiple or ranking value (empty when not answered); for other types the value itself.
    /// </summary>
    public static IReadOnlyList<string> Codes(Question question, string? value) =>
        string.IsNullOrEmpty(value) ? []
        : question.Type switch
        {
            QuestionType.Multiple => value.Split(MultipleSeparator),
            QuestionType.Ranking => value.Split(RankingSeparator),
            _ => [value],
        };

    /// <summary>
    /// Turns a number as people type it ("  3,5 ", "+12", "1 200") into the stored invariant form ("3.5", "12",
    /// "1200"). False when it still is not a number; the web then shows the NotANumber message.
    /// </summary>
    public static bool TryNormalizeNumber(string input, out string value)
    {
        var text = new string(input.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace(',', '.');
        if (text.StartsWith('+'))
        {
            text = text[1..];
        }

        value = InvariantNumber.IsNumber(text) ? text : input;
        return InvariantNumber.IsNumber(text);
    }

    /// <summary>
    /// The <see cref="ResponseRecord.Values"/> of a validated response: one value per question in file order,
    /// null when not answered (empty) or absent. Ids that are not questions are ignored.
    /// </summary>
    public static IReadOnlyList<string?> ToRecordValues(Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers) =>
        [.. questionnaire.Questions.Select(q => answers.TryGetValue(q.Id, out var value) && value.Length > 0 ? value : null)];

    /// <summary>The answers of a record by question id, without the unanswered ones (the inverse of <see cref="ToRecordValues"/>).</summary>
    public static IReadOnlyDictionary<string, string> FromRecordValues(Questionnaire questionnaire, IReadOnlyList<string?> values)
    {
        if (values.Count != questionnaire.Questions.Count)
        {
            throw new ArgumentException(
                $"{values.Count} values for {questionnaire.Questions.Count} questions of '{questionnaire.Id}'", nameof(values));
        }

        return questionnaire.Questions
            .Select((question, i) => (question.Id, Value: values[i]))
            .Where(a => !string.IsNullOrEmpty(a.Value))
            .ToDictionary(a => a.Id, a => a.Value!, StringComparer.Ordinal);
    }
}
