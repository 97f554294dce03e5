namespace Diagnostic.Data.Partners;

/// <summary>
/// A problem in a partners CSV: the 1-based line (1 = header), the column name when in one cell, and why. <see cref="Message"/>
/// is the English text (logs); <see cref="Kind"/> and <see cref="Arguments"/> are the same problem for the web to word
/// (no kind: a problem only the English message names).
/// </summary>
public sealed record PartnerCsvError(int Row, string? Column, string Message)
{
    public PartnerCsvError(int row, string? column, string message, PartnerCsvProblem kind, params object[] arguments)
        : this(row, column, message)
    {
        Kind = kind;
        Arguments = arguments;
    }

    public PartnerCsvProblem? Kind { get; init; }

    /// <summary>The kind's arguments (numbers stay numbers, for the reader's number format).</summary>
    public IReadOnlyList<object> Arguments { get; init; } = [];

    /// <summary>The kind and arguments are the message in parts: two errors are the same when row, column and message are.</summary>
    public bool Equals(PartnerCsvError? other) =>
        other is not null && Row == other.Row && Column == other.Column && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Row, Column, Message);

    public override string ToString() =>
        Column is null ? $"row {Row}: {Message}" : $"row {Row}, column {Column}: {Message}";
}
