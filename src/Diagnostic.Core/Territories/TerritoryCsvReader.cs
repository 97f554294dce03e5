using Diagnostic.Core.DataFiles;
using Diagnostic.Core.Questionnaires;
using System.Text;
using CsvHelper;

namespace Diagnostic.Core.Territories;

/// <summary>
/// Reads the contract's territory CSV (<c>code,name,parent,population</c>): UTF-8, RFC 4180 quoting,
/// comma or semicolon (detected from the header). Returns the whole tree or every error with its line and column.
/// </summary>
public static class TerritoryCsvReader
{

    public static async Task<TerritoryReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        Read(await File.ReadAllBytesAsync(path, cancellationToken), path);

    public static TerritoryReadResult Read(byte[] content, string fileName)
    {
        var delimiter = DetectDelimiter(content);
        if (!TryDecode(content, fileName, delimiter, out var encodingError))
        {
            return TerritoryReadResult.Failed([encodingError]);
        }
        var errors = new List<DataFileError>();
        var rows = new List<TerritoryRow>();
        var columns = ReadRecords(content, fileName, delimiter, rows, errors, out var rowsLost);
        if (columns is null)
        {
            return TerritoryReadResult.Failed(errors);
        }
        var built = TerritoryTreeBuilder.Build(rows, fileName, columns);
        if (errors.Count == 0)
        {
            return built;
        }
        // A row lost to broken quoting would make its children look orphaned: report only what is certain.
        var all = rowsLost ? errors : errors.Concat(built.Errors);
        return TerritoryReadResult.Failed(all.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList());
    }

    /// <summary>Reads text that is already decoded (tests, pasted lists).</summary>
    public static TerritoryReadResult ReadText(string csv, string fileName) =>
        Read(Encoding.UTF8.GetBytes(csv), fileName);

    private static TerritoryColumns? ReadRecords(
        byte[] content, string file, char delimiter, List<TerritoryRow> rows, List<DataFileError> errors, out bool rowsLost)
    {
        var malformed = new List<CsvMalformedRecord>();
        TerritoryHeader? header = null;
        var headerLine = 0;
        var lostRows = 0;
        using (var reader = CsvReader.Create(content, Options(delimiter, malformed)))
        {
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var record = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray();
                if (headerLine == 0)
                {
                    headerLine = line;
                    header = TerritoryHeader.Parse(record, file, line, errors);
                }
                else if (header?.ToRow(record, file, line, errors) is { } row)
                {
                    rows.Add(row);
                }
                else
                {
                    lostRows++;
                }
            }
        }
        if (malformed.Any(m => headerLine == 0 || m.LineNumber < headerLine))
        {
            // The real header line was broken, so the line read as the header is data: nothing else can be checked.
            errors.Clear();
            header = null;
        }
        else if (headerLine == 0)
        {
            errors.Add(new DataFileError(file, 1, 1, DataFileProblem.EmptyFile, TerritoryHeader.Expected));
        }
        errors.AddRange(malformed.Select(m => QuotingError(content, file, delimiter, m)));
        errors.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        rowsLost = lostRows > 0 || malformed.Count > 0;
        return header?.Columns;
    }

    private static CsvReaderOptions Options(char delimiter, List<CsvMalformedRecord> malformed) =>
        CsvReaderOptions.Default with
        {
            Separator = delimiter,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Add,
        };

    private static DataFileError QuotingError(byte[] content, string file, char delimiter, CsvMalformedRecord record)
    {
        var line = (int)record.LineNumber;
        var why = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside a field that does not start with a quote",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.UnterminatedQuote => "a quote that is never closed",
            _ => record.Reason.ToString(),
        };
        // The English why is for the CLI; the pages' words do not use it (like the census file's).
        return new DataFileError(file, line, FieldAt(content, line, record.ByteOffset, delimiter), DataFileProblem.BrokenQuoting, why);
    }

    /// <summary>1-based field number of <paramref name="offset"/> in the record starting on <paramref name="line"/>.</summary>
    private static int FieldAt(byte[] content, int line, long offset, char delimiter)
    {
        var position = 0;
        for (var seen = 1; seen < line && position < content.Length; position++)
        {
            if (content[position] == (byte)'\n') seen++;
        }
        var field = 1;
        var quoted = false;
        for (; position < offset && position < content.Length; position++)
        {
            if (content[position] == (byte)'"') quoted = !quoted;
            else if (!quoted && content[position] == (byte)delimiter) field++;
        }
        return field;
    }

    private static char DetectDelimiter(byte[] content)
    {
        var firstLine = content.TakeWhile(b => b != (byte)'\n');
        var semicolons = 0;
        var commas = 0;
        foreach (var b in firstLine)
        {
            if (b == (byte)';') semicolons++;
            else if (b == (byte)',') commas++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static bool TryDecode(byte[] content, string file, char delimiter, out DataFileError error)
    {
        if (StrictUtf8.FirstInvalidCsvPosition(content, delimiter) is { } at)
        {
            error = new DataFileError(file, at.Line, at.Field, DataFileProblem.NotUtf8);
            return false;
        }
        error = null!;
        return true;
    }
}
