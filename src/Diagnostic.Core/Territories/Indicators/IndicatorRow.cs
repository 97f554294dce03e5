namespace Diagnostic.Core.Territories.Indicators;

/// <summary>One row of an indicator file: the value of one named indicator for one territory code (a neighbourhood, or the territory itself), as published.</summary>
public sealed record IndicatorRow(string Code, string Indicator, double Value, string Unit, string Source, int Year, int Line);

/// <summary>Either the rows of a valid indicator file or every reason it is refused, never both.</summary>
public sealed record IndicatorReadResult(IReadOnlyList<IndicatorRow>? Rows, IReadOnlyList<Diagnostic.Core.DataFiles.DataFileError> Errors);
