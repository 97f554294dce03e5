namespace Diagnostic.Data.Partners;

/// <summary>A problem in a partners CSV: the 1-based line (1 = header), the column name when in one cell, and why.</summary>
public sealed record PartnerCsvError(int Row, string? Column, string Message)
{
    public override string ToString() =>
        Column is null ? $"row {Row}: {Message}" : $"row {Row}, column {Column}: {Message}";
}
