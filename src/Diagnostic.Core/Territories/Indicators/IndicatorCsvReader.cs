using System.Globalization;
using Diagnostic.Core.Analysis.Weighting;

namespace Diagnostic.Core.Territories.Indicators;

/// <summary>
/// Reads per-neighbourhood indicators in long format, <c>neighbourhood,indicator,value,unit,source,year</c> (UTF-8,
/// comma or semicolon, RFC 4180 quoting, the census file's rules). The territory's own value is a row for the
/// territory's code: imported, never computed from its neighbourhoods (a quintile cannot be averaged). Every
/// indicator needs one row for each code of the territory; a file with any problem is refused whole, each problem
/// with its line and field.
/// </summary>
public static class IndicatorCsvReader
{
    public static readonly string[] Header = ["neighbourhood", "indicator", "value", "unit", "source", "year"];
    private const int MaxName = 200;
    private const int MaxUnit = 40;

    /// <param name="codes">The territory's code then its neighbourhoods' codes: those a row may name, and must.</param>
    public static IndicatorReadResult Read(byte[] content, string fileName, IReadOnlyList<string> codes)
    {
        var delimiter = CensusCsvFile.DetectDelimiter(content);
        if (CensusCsvFile.Utf8Error(content, fileName, delimiter) is { } encoding) return Failed([Of(encoding)]);
        var csvErrors = new List<CensusError>();
        var records = CensusCsvFile.ReadRecords(content, fileName, delimiter, csvErrors);
        var errors = csvErrors.Select(Of).ToList();
        if (records.Count == 0)
        {
            errors.Add(new TerritoryError(fileName, 1, 1, $"the file is empty: expected the header {string.Join(",", Header)}"));
            return Failed(errors);
        }
        var (headerLine, header) = records[0];
        if (!header.SequenceEqual(Header))
        {
            errors.Add(new TerritoryError(fileName, headerLine, 1, $"the header must be {string.Join(",", Header)} (found « {string.Join(",", header)} »)"));
            return Failed(errors);
        }
        var known = codes.ToHashSet(StringComparer.Ordinal);
        var rows = new List<IndicatorRow>();
        var firstLine = new Dictionary<(string, string), int>();
        foreach (var (line, record) in records.Skip(1))
        {
            if (Row(record, line, fileName, known, errors) is not { } row) continue;
            if (firstLine.TryGetValue((row.Code, row.Indicator), out var first))
            {
                errors.Add(new TerritoryError(fileName, line, 1, $"duplicate row: '{row.Code}' and indicator '{row.Indicator}' are already on line {first}"));
                continue;
            }
            firstLine[(row.Code, row.Indicator)] = line;
            rows.Add(row);
        }
        foreach (var indicator in rows.GroupBy(r => r.Indicator, StringComparer.Ordinal))
        {
            var missing = codes.Where(c => indicator.All(r => r.Code != c)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new TerritoryError(fileName, indicator.Min(r => r.Line), 1,
                    $"indicator '{indicator.Key}' has no row for {string.Join(", ", missing.Select(m => $"'{m}'"))} (one row per neighbourhood and one for the territory)"));
            }
        }
        if (errors.Count > 0) return Failed(errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList());
        return new IndicatorReadResult(rows, []);
    }

    private static IndicatorRow? Row(string[] record, int line, string file, HashSet<string> known, List<TerritoryError> errors)
    {
        if (record.Length != Header.Length)
        {
            errors.Add(new TerritoryError(file, line, 1, $"expected {Header.Length} fields ({string.Join(", ", Header)}), found {record.Length}"));
            return null;
        }
        var count = errors.Count;
        var (code, indicator, value, unit, source, year) = (record[0].Trim(), record[1].Trim(), record[2].Trim(), record[3].Trim(), record[4].Trim(), record[5].Trim());
        if (!known.Contains(code))
            errors.Add(new TerritoryError(file, line, 1, $"unknown code '{code}': neither the territory nor one of its neighbourhoods"));
        if (indicator.Length is 0 or > MaxName)
            errors.Add(new TerritoryError(file, line, 2, $"the indicator's name is missing or longer than {MaxName} characters"));
        double number = 0;
        if (value.Length == 0)
            errors.Add(new TerritoryError(file, line, 3, "missing value"));
        else if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number))
            errors.Add(new TerritoryError(file, line, 3, $"value '{value}' is not a number (digits, '.' for decimals)"));
        if (unit.Length > MaxUnit)
            errors.Add(new TerritoryError(file, line, 4, $"the unit is longer than {MaxUnit} characters"));
        if (source.Length is 0 or > MaxName)
            errors.Add(new TerritoryError(file, line, 5, $"the source is missing or longer than {MaxName} characters"));
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1900 || y > 2100)
            errors.Add(new TerritoryError(file, line, 6, $"year '{year}' is not a year (four digits)"));
        return errors.Count > count ? null : new IndicatorRow(code, indicator, number, unit, source, y, line);
    }

    private static TerritoryError Of(CensusError e) => new(e.File, e.Row, e.Column, e.Message);

    private static IndicatorReadResult Failed(IReadOnlyList<TerritoryError> errors) => new(null, errors);
}
