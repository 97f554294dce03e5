namespace Diagnostic.Core.Responses;

/// <summary>One problem in a response CSV file: <see cref="Row"/> is the 1-based line of the file where the record
/// starts (1 = header); <see cref="Column"/> the column name when the problem is in one cell. <see cref="Message"/> is the
/// English text (CLI, logs); <see cref="Kind"/>, <see cref="Arguments"/> and <see cref="Answer"/> are the same problem for
/// the web to word (no kind: a problem only the English message names, such as the CSV library's own).</summary>
public sealed record ResponseCsvError(int Row, string? Column, string Message)
{
    public ResponseCsvError(int row, string? column, string message, ResponseCsvProblem kind, params object[] arguments)
        : this(row, column, message)
    {
        Kind = kind;
        Arguments = arguments;
    }

    public ResponseCsvProblem? Kind { get; init; }

    /// <summary>The kind's arguments (numbers stay numbers, for the reader's number format).</summary>
    public IReadOnlyList<object> Arguments { get; init; } = [];

    /// <summary>Why a value or an answer is refused, for <see cref="ResponseCsvProblem.ValueRefused"/> and <see cref="ResponseCsvProblem.AnswerRule"/>.</summary>
    public AnswerProblem? Answer { get; init; }

    /// <summary>The kind and arguments are the message in parts: two errors are the same when row, column and message are.</summary>
    public bool Equals(ResponseCsvError? other) =>
        other is not null && Row == other.Row && Column == other.Column && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Row, Column, Message);

    public override string ToString() =>
        Column is null ? $"row {Row}: {Message}" : $"row {Row}, column {Column}: {Message}";
}
