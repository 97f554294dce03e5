namespace Diagnostic.Core.Responses;

/// <summary>Why an answer is refused. The web localises by kind; <see cref="AnswerProblem.Message"/> is the English text.</summary>
public enum AnswerProblemKind
{
    /// <summary>Blank (whitespace only), or an empty code inside a multiple/ranking list (`a||b`).</summary>
    Empty,

    /// <summary>Scale: not one of the scale's integer point codes.</summary>
    NotInScale,

    /// <summary>Scale: `NSP` on a scale without `dont_know`.</summary>
    DontKnowNotAllowed,

    /// <summary>`REFUS` (declined) on a question without `decline`.</summary>
    DeclineNotOffered,

    /// <summary>Single, multiple, ranking: a code that is not one of the question's choices.</summary>
    UnknownChoice,

    /// <summary>Multiple: more codes than `max_choices`.</summary>
    TooManyChoices,

    /// <summary>Multiple, ranking: the same code twice.</summary>
    DuplicateChoice,

    /// <summary>Multiple: codes not in the file's order (the stored form is canonical).</summary>
    NotInFileOrder,

    /// <summary>Ranking: more than `rank` codes.</summary>
    WrongRankCount,

    /// <summary>Number: not an invariant-culture number (`12`, `-3.5`).</summary>
    NotANumber,

    /// <summary>Number: has a fractional part although the question is `integer: true`.</summary>
    NotAnInteger,

    /// <summary>Number: below `min`.</summary>
    BelowMin,

    /// <summary>Number: above `max`.</summary>
    AboveMax,

    /// <summary>Text: longer than `max_length` characters.</summary>
    TooLong,

    /// <summary>Whole response: the question id is not in the questionnaire.</summary>
    UnknownQuestion,

    /// <summary>Whole response: an answer to a question whose `relevant` condition is false.</summary>
    NotRelevant,

    /// <summary>Whole response: a required question, shown, left unanswered.</summary>
    Required,
}
