using System.Text;
using CsvHelper;

namespace Diagnostic.Data.Partners;

/// <summary>
/// Reads the partners CSV <c>name,network,sector,neighbourhoods</c> (UTF-8, comma or semicolon, RFC 4180 quoting;
/// neighbourhoods are territory codes joined by '|'). Returns every row, or every error with its row and column.
/// </summary>
public static class PartnerCsvReader
{
    public static readonly string[] Columns = ["name", "network", "sector", "neighbourhoods"];
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static (List<PartnerRow> Rows, List<PartnerCsvError> Errors) Read(byte[] content, IReadOnlySet<string> territoryCodes)
    {
        var rows = new List<PartnerRow>();
        var errors = new List<PartnerCsvError>();
        if (!IsUtf8(content, errors)) return (rows, errors);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int[]? positions = null;
        using (var csv = CsvReader.Create(content, Options(Delimiter(content), errors)))
        {
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var fields = Enumerable.Range(0, csv.FieldCount).Select(i => (csv.GetString(i) ?? "").Trim()).ToArray();
                if (positions is null)
                {
                    positions = Header(fields, line, errors);
                    if (positions is null) return ([], errors);
                    continue;
                }
                if (PartnerRowParser.Parse(fields, positions, line, territoryCodes, names, errors) is { } row) rows.Add(row);
            }
        }
        if (positions is null && errors.Count == 0)
            errors.Add(new PartnerCsvError(1, null, $"the file is empty: expected the header {string.Join(',', Columns)}",
                PartnerCsvProblem.EmptyFile, string.Join(',', Columns)));
        return (errors.Count == 0 ? rows : [], errors.OrderBy(e => e.Row).ToList());
    }

    private static int[]? Header(string[] fields, int line, List<PartnerCsvError> errors)
    {
        var before = errors.Count;
        var positions = Columns.Select(c => Array.FindIndex(fields, f => f.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        for (var i = 0; i < Columns.Length; i++)
        {
            if (positions[i] < 0 && Columns[i] != "sector") errors.Add(new PartnerCsvError(line, Columns[i], "missing column", PartnerCsvProblem.MissingColumn));
        }
        foreach (var unknown in fields.Where(f => !Columns.Contains(f, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new PartnerCsvError(line, unknown, $"unknown column (expected {string.Join(',', Columns)})",
                PartnerCsvProblem.UnknownColumn, string.Join(',', Columns)));
        }
        return errors.Count > before ? null : positions;
    }

    private static CsvReaderOptions Options(char delimiter, List<PartnerCsvError> errors) => CsvReaderOptions.Default with
    {
        Separator = delimiter,
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        OnMalformedRecord = bad => errors.Add(new PartnerCsvError((int)bad.LineNumber, null,
            "broken quoting: a field with quotes must be wholly enclosed in \"...\", inner quotes doubled", PartnerCsvProblem.BrokenQuoting)),
    };

    private static bool IsUtf8(byte[] content, List<PartnerCsvError> errors)
    {
        try
        {
            StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + content.Take(Math.Max(0, ex.Index)).Count(b => b == (byte)'\n');
            errors.Add(new PartnerCsvError(line, null, "the file is not valid UTF-8 (save it as « CSV UTF-8 »)", PartnerCsvProblem.NotUtf8));
            return false;
        }
    }

    private static char Delimiter(byte[] content)
    {
        var first = content.TakeWhile(b => b != (byte)'\n').ToArray();
        return first.Count(b => b == (byte)';') > first.Count(b => b == (byte)',') ? ';' : ',';
    }
}
