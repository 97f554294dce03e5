using System.Globalization;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Why one answer value is refused. <see cref="Item"/> is the code at fault inside a list value
/// (multiple, ranking) or null; <see cref="Limit"/> is the bound that was crossed (min, max, max_length,
/// max_choices, rank) or null.
/// </summary>
public sealed record AnswerProblem(AnswerProblemKind Kind, string Value, string? Item = null, double? Limit = null)
{
    /// <summary>A plain English explanation, for logs, the CLI and import reports.</summary>
    public string Message => Kind switch
    {
        AnswerProblemKind.Empty => Item is null ? "the answer is blank" : $"'{Value}' contains an empty code",
        AnswerProblemKind.NotInScale => $"'{Value}' is not a point of the scale",
        AnswerProblemKind.DontKnowNotAllowed => $"'{Value}' (don't know) is not offered on this scale",
        AnswerProblemKind.DeclineNotOffered => $"'{Value}' (declined) is not offered on this question",
        AnswerProblemKind.UnknownChoice => $"'{Item ?? Value}' is not one of the choices",
        AnswerProblemKind.TooManyChoices => $"at most {Number(Limit)} choices are allowed",
        AnswerProblemKind.DuplicateChoice => $"'{Item}' is chosen more than once",
        AnswerProblemKind.NotInFileOrder => $"'{Value}' must list the codes in the questionnaire's order",
        AnswerProblemKind.WrongRankCount => $"at most {Number(Limit)} choices can be ranked",
        AnswerProblemKind.NotANumber => $"'{Value}' is not a number (write 12 or 3.5)",
        AnswerProblemKind.NotAnInteger => $"'{Value}' is not a whole number",
        AnswerProblemKind.BelowMin => $"{Value} is below the minimum of {Number(Limit)}",
        AnswerProblemKind.AboveMax => $"{Value} is above the maximum of {Number(Limit)}",
        AnswerProblemKind.TooLong => $"the text is longer than {Number(Limit)} characters",
        AnswerProblemKind.UnknownQuestion => "there is no such question in the questionnaire",
        AnswerProblemKind.NotRelevant => "this question is not asked given the earlier answers",
        AnswerProblemKind.Required => "an answer is required",
        _ => throw new InvalidOperationException($"Unknown answer problem {Kind}"),
    };

    public override string ToString() => Message;

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
