using Diagnostic.Core.DataFiles;
using Diagnostic.Core.Questionnaires;
using System.Text;
using CsvHelper;

namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>The bytes of a census file as records: UTF-8 check, separator, RFC 4180 quoting, each record with its line.</summary>
internal static class CensusCsvFile
{

    public static List<(int Line, string[] Record)> ReadRecords(byte[] content, string file, char delimiter, List<DataFileError> errors)
    {
        var records = new List<(int, string[])>();
        var options = CsvReaderOptions.Default with
        {
            Separator = delimiter,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => errors.Add(new DataFileError(file, (int)bad.LineNumber, 1, DataFileProblem.BrokenQuoting, bad.Reason.ToString()!)),
        };
        using var reader = CsvReader.Create(content, options);
        while (reader.Read())
        {
            records.Add(((int)reader.LineNumber, Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray()));
        }
        return records;
    }

    public static char DetectDelimiter(byte[] content)
    {
        var firstLine = content.TakeWhile(b => b != (byte)'\n').ToArray();
        return firstLine.Count(b => b == (byte)';') > firstLine.Count(b => b == (byte)',') ? ';' : ',';
    }

    public static DataFileError? Utf8Error(byte[] content, string file, char delimiter)
    {
        return StrictUtf8.FirstInvalidCsvPosition(content, delimiter) is { } at
            ? new DataFileError(file, at.Line, at.Field, DataFileProblem.NotUtf8)
            : null;
    }
}
