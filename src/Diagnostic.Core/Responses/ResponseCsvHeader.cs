using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>Where each fixed column and each question is in a response file's header.</summary>
internal sealed class ResponseCsvHeader
{
    public const string ResponseId = "response_id";
    public const string Neighbourhood = "neighbourhood";
    public const string Audience = "audience";
    public const string Language = "language";
    public const string SubmittedAt = "submitted_at";

    public static IReadOnlyList<string> FixedColumns { get; } = [ResponseId, Neighbourhood, Audience, Language, SubmittedAt];

    private ResponseCsvHeader(string[] names, int[] fixedFields, int[] questionFields)
    {
        Names = names.ToArray();
        FixedFields = fixedFields;
        QuestionFields = questionFields;
    }

    public string[] Names { get; }

    /// <summary>Field index of each of <see cref="FixedColumns"/>.</summary>
    public int[] FixedFields { get; }

    /// <summary>Field index of each question, in questionnaire order.</summary>
    public int[] QuestionFields { get; }

    public static ResponseCsvHeader? Parse(string[] names, int line, Questionnaire questionnaire, List<ResponseCsvError> errors)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = FixedColumns.Concat(questionnaire.Questions.Select(q => q.Id)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (!positions.TryAdd(names[i], i))
            {
                errors.Add(new ResponseCsvError(line, names[i], "duplicate column", ResponseCsvProblem.DuplicateColumn));
            }
            else if (!known.Contains(names[i]))
            {
                errors.Add(new ResponseCsvError(line, names[i], "unknown column: not a fixed column nor a question of the questionnaire", ResponseCsvProblem.UnknownColumn));
            }
        }
        foreach (var missing in known.Where(k => !positions.ContainsKey(k)))
        {
            errors.Add(FixedColumns.Contains(missing)
                ? new ResponseCsvError(line, missing, "missing column", ResponseCsvProblem.MissingColumn)
                : new ResponseCsvError(line, missing, "missing question column", ResponseCsvProblem.MissingQuestionColumn));
        }
        if (errors.Count > 0)
        {
            return null;
        }
        return new ResponseCsvHeader(
            names,
            FixedColumns.Select(c => positions[c]).ToArray(),
            questionnaire.Questions.Select(q => positions[q.Id]).ToArray());
    }
}
