using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// The rule for one stored answer value (src/Diagnostic.Core/Questionnaires/README.md, "How answers are written"),
/// used alike by the web submission, the CSV import and the analysis:
/// <list type="bullet">
/// <item>scale: an integer point code of the scale, or <c>NSP</c> when the scale has <c>dont_know</c>;</item>
/// <item>single: one choice code;</item>
/// <item>multiple: distinct choice codes joined by <c>|</c> in the file's order, at most <c>max_choices</c>;</item>
/// <item>ranking: 1 to <c>rank</c> distinct choice codes joined by <c>&gt;</c>, best first;</item>
/// <item>number: an invariant-culture number (<c>12</c>, <c>-3.5</c>, no exponent, no spaces) within
/// <c>min</c>/<c>max</c>, without a fractional part when <c>integer: true</c> (<c>3.0</c> is accepted);</item>
/// <item>text: at most <c>max_length</c> UTF-16 characters (what a browser's maxlength counts), not blank;</item>
/// <item>single, multiple, number with <c>decline</c>: also <c>REFUS</c>, the person declined to answer.</item>
/// </list>
/// Values are checked exactly as given: trimming or turning "3,5" into "3.5" is the caller's job
/// (see <see cref="AnswerValues.TryNormalizeNumber"/>).
/// </summary>
public static class AnswerRules
{
    /// <summary>
    /// The problem with <paramref name="value"/> as an answer to <paramref name="question"/>, or null when it is
    /// acceptable. An empty string means "not answered" and is never a problem here: whether an answer is
    /// required, or allowed at all, depends on relevance and is decided by <see cref="ResponseValidator"/>.
    /// </summary>
    public static AnswerProblem? Check(Question question, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return new AnswerProblem(AnswerProblemKind.Empty, value);
        }

        // On a text question, REFUS is what the person wrote: declining is offered on single, multiple and number only.
        if (value == Question.DeclineCode && question.Type != QuestionType.Text && (question.HasDecline || IsNotAChoice(question, value)))
        {
            return question.HasDecline ? null : new AnswerProblem(AnswerProblemKind.DeclineNotOffered, value);
        }

        return question.Type switch
        {
            QuestionType.Scale => CheckScale(question, value),
            QuestionType.Single => question.FindChoice(value) is null
                ? new AnswerProblem(AnswerProblemKind.UnknownChoice, value, value)
                : null,
            QuestionType.Multiple => CheckMultiple(question, value),
            QuestionType.Ranking => CheckRanking(question, value),
            QuestionType.Number => CheckNumber(question, value),
            QuestionType.Text => value.Length > question.MaxLength
                ? new AnswerProblem(AnswerProblemKind.TooLong, value, Limit: question.MaxLength)
                : null,
            _ => throw new InvalidOperationException($"Unknown question type {question.Type}"),
        };
    }

    // A questionnaire without `decline` may still have a choice coded REFUS: then it is that choice.
    private static bool IsNotAChoice(Question question, string value) =>
        question.Type is not (QuestionType.Single or QuestionType.Multiple or QuestionType.Ranking) || question.FindChoice(value) is null;

    private static AnswerProblem? CheckScale(Question question, string value)
    {
        var scale = question.Scale ?? throw new InvalidOperationException($"Scale question {question.Id} has no scale");
        if (value == Scale.DontKnowCode)
        {
            return scale.HasDontKnow ? null : new AnswerProblem(AnswerProblemKind.DontKnowNotAllowed, value);
        }

        // Stored codes are written without sign or leading zeros, as int.ToString gives them.
        return int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign,
                   System.Globalization.CultureInfo.InvariantCulture, out var code)
               && code.ToString(System.Globalization.CultureInfo.InvariantCulture) == value
               && scale.Contains(code)
            ? null
            : new AnswerProblem(AnswerProblemKind.NotInScale, value);
    }

    private static AnswerProblem? CheckMultiple(Question question, string value)
    {
        var codes = value.Split(AnswerValues.MultipleSeparator);
        var problem = CheckCodes(question, value, codes);
        if (problem is not null)
        {
            return problem;
        }

        if (question.MaxChoices is { } max && codes.Length > max)
        {
            return new AnswerProblem(AnswerProblemKind.TooManyChoices, value, Limit: max);
        }

        var positions = codes.Select(c => IndexOfChoice(question, c)).ToList();
        var ordered = positions.Zip(positions.Skip(1)).All(p => p.First < p.Second);
        return ordered ? null : new AnswerProblem(AnswerProblemKind.NotInFileOrder, value);
    }

    private static AnswerProblem? CheckRanking(Question question, string value)
    {
        var codes = value.Split(AnswerValues.RankingSeparator);
        var problem = CheckCodes(question, value, codes);
        if (problem is not null)
        {
            return problem;
        }

        var rank = question.Rank ?? throw new InvalidOperationException($"Ranking question {question.Id} has no rank");
        // A person may have fewer priorities than the question offers to rank, so 1 to `rank` codes are accepted.
        return codes.Length <= rank ? null : new AnswerProblem(AnswerProblemKind.WrongRankCount, value, Limit: rank);
    }

    /// <summary>Empty, unknown and repeated codes, in that order, reporting the first code at fault.</summary>
    private static AnswerProblem? CheckCodes(Question question, string value, string[] codes)
    {
        if (codes.Any(c => c.Length == 0))
        {
            return new AnswerProblem(AnswerProblemKind.Empty, value, Item: "");
        }

        var unknown = codes.FirstOrDefault(c => question.FindChoice(c) is null);
        if (unknown is not null)
        {
            return new AnswerProblem(AnswerProblemKind.UnknownChoice, value, unknown);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = codes.FirstOrDefault(c => !seen.Add(c));
        return repeated is null ? null : new AnswerProblem(AnswerProblemKind.DuplicateChoice, value, repeated);
    }

    private static AnswerProblem? CheckNumber(Question question, string value)
    {
        if (!InvariantNumber.TryParse(value, out var number))
        {
            return new AnswerProblem(AnswerProblemKind.NotANumber, value);
        }

        if (question.Integer && Math.Floor(number) != number)
        {
            return new AnswerProblem(AnswerProblemKind.NotAnInteger, value);
        }

        if (question.Min is { } min && number < min)
        {
            return new AnswerProblem(AnswerProblemKind.BelowMin, value, Limit: min);
        }

        if (question.Max is { } max && number > max)
        {
            return new AnswerProblem(AnswerProblemKind.AboveMax, value, Limit: max);
        }

        return Math.Abs(number) > ExactUnits.LargestNumber
            ? new AnswerProblem(number > 0 ? AnswerProblemKind.AboveMax : AnswerProblemKind.BelowMin, value,
                Limit: Math.CopySign(ExactUnits.LargestNumber, number))
            : null;
    }

    private static int IndexOfChoice(Question question, string code)
    {
        var choices = question.ChoiceList;
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }
}
