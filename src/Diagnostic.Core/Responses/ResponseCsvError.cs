namespace Diagnostic.Core.Responses;

/// <summary>One problem in a response CSV file: <see cref="Row"/> is the 1-based line of the file where the record
/// starts (1 = header); <see cref="Column"/> the column name when the problem is in one cell.</summary>
public sealed record ResponseCsvError(int Row, string? Column, string Message)
{
    public override string ToString() =>
        Column is null ? $"row {Row}: {Message}" : $"row {Row}, column {Column}: {Message}";
}
