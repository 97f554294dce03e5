namespace Diagnostic.Core.Csv;

/// <summary>
/// One field of a row: a code, number or date written as it is (a string converts to it), or free text typed by a
/// person (<see cref="Text"/>), which <see cref="FormulaGuard"/> keeps a spreadsheet from running as a formula.
/// </summary>
public readonly record struct CsvCell(string? Value, bool IsFreeText)
{
    public static CsvCell Text(string? value) => new(value, IsFreeText: true);

    public static implicit operator CsvCell(string? code) => new(code, IsFreeText: false);
}
