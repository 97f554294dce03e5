namespace Diagnostic.Core.Responses;

/// <summary>
/// The kind of a <see cref="ResponseCsvError"/>, so the web can word it in the reader's language from its arguments;
/// the English <see cref="ResponseCsvError.Message"/> stays the CLI's and the logs' text.
/// </summary>
public enum ResponseCsvProblem
{
    /// <summary>Header: the column appears twice.</summary>
    DuplicateColumn,

    /// <summary>Header: neither a fixed column nor a question of the questionnaire.</summary>
    UnknownColumn,

    /// <summary>Header: a fixed column is missing.</summary>
    MissingColumn,

    /// <summary>Header: a question of the questionnaire has no column.</summary>
    MissingQuestionColumn,

    /// <summary>Arguments: expected field count, found field count.</summary>
    FieldCount,

    /// <summary>Argument: the value; <see cref="ResponseCsvError.Answer"/> says why.</summary>
    ValueRefused,

    EmptyId,

    /// <summary>Arguments: the id, the row where it first appears.</summary>
    DuplicateId,

    EmptyNeighbourhood,

    /// <summary>Argument: the reserved code (ALL).</summary>
    ReservedNeighbourhood,

    /// <summary>Argument: the code.</summary>
    UnknownNeighbourhood,

    /// <summary>Argument: the code.</summary>
    UnknownAudience,

    /// <summary>Argument: the value.</summary>
    NotADate,

    EmptyFile,

    /// <summary>The separator is neither a comma nor a semicolon.</summary>
    Separator,

    /// <summary>A quote inside an unquoted field.</summary>
    StrayQuote,

    /// <summary>Text after a closing quote.</summary>
    TextAfterClosingQuote,

    /// <summary>A quoted field is never closed.</summary>
    UnterminatedQuote,

    NotUtf8,

    /// <summary>Argument: the maximum length.</summary>
    IdTooLong,

    /// <summary>Arguments: the row's audience, the collecte's audience.</summary>
    AudienceMismatch,

    /// <summary>Argument: the language.</summary>
    UnknownLanguage,

    /// <summary>A rule of the whole response (required, not relevant): <see cref="ResponseCsvError.Answer"/> says which.</summary>
    AnswerRule,

    /// <summary>Argument: the id, already in the collecte with other answers.</summary>
    IdConflict,

    /// <summary>The collecte's answers were deleted by retention (its portrait archived): none can be added.</summary>
    Purged,
}
