using System.Globalization;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.DataFiles;

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
        if (CensusCsvFile.Utf8Error(content, fileName, delimiter) is { } encoding) return Failed([encoding]);
        var errors = new List<DataFileError>();
        var records = CensusCsvFile.ReadRecords(content, fileName, delimiter, errors);
        if (records.Count == 0)
        {
            errors.Add(new DataFileError(fileName, 1, 1, DataFileProblem.EmptyFile, string.Join(",", Header)));
            return Failed(errors);
        }
        var (headerLine, header) = records[0];
        if (!header.SequenceEqual(Header))
        {
            errors.Add(new DataFileError(fileName, headerLine, 1, DataFileProblem.BadHeader, string.Join(",", Header), string.Join(",", header)));
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
                errors.Add(new DataFileError(fileName, line, 1, DataFileProblem.DuplicateIndicatorRow, row.Code, row.Indicator, first));
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
                errors.Add(new DataFileError(fileName, indicator.Min(r => r.Line), 1, DataFileProblem.MissingIndicatorRows,
                    indicator.Key, string.Join(", ", missing.Select(m => $"'{m}'"))));
            }
        }
        if (errors.Count > 0) return Failed(errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList());
        return new IndicatorReadResult(rows, []);
    }

    private static IndicatorRow? Row(string[] record, int line, string file, HashSet<string> known, List<DataFileError> errors)
    {
        if (record.Length != Header.Length)
        {
            errors.Add(new DataFileError(file, line, 1, DataFileProblem.FieldCount, Header.Length, string.Join(", ", Header), record.Length));
            return null;
        }
        var count = errors.Count;
        var (code, indicator, value, unit, source, year) = (record[0].Trim(), record[1].Trim(), record[2].Trim(), record[3].Trim(), record[4].Trim(), record[5].Trim());
        if (!known.Contains(code))
            errors.Add(new DataFileError(file, line, 1, DataFileProblem.UnknownTerritoryCode, code));
        if (indicator.Length is 0 or > MaxName)
            errors.Add(new DataFileError(file, line, 2, DataFileProblem.IndicatorNameInvalid, MaxName));
        double number = 0;
        if (value.Length == 0)
            errors.Add(new DataFileError(file, line, 3, DataFileProblem.MissingValue));
        else if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number))
            errors.Add(new DataFileError(file, line, 3, DataFileProblem.ValueNotANumber, value));
        if (unit.Length > MaxUnit)
            errors.Add(new DataFileError(file, line, 4, DataFileProblem.UnitTooLong, MaxUnit));
        if (source.Length is 0 or > MaxName)
            errors.Add(new DataFileError(file, line, 5, DataFileProblem.SourceInvalid, MaxName));
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1900 || y > 2100)
            errors.Add(new DataFileError(file, line, 6, DataFileProblem.YearInvalid, year));
        return errors.Count > count ? null : new IndicatorRow(code, indicator, number, unit, source, y, line);
    }

    private static IndicatorReadResult Failed(IReadOnlyList<DataFileError> errors) => new(null, errors);
}
