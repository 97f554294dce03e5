using CsvHelper;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Reads the response CSV format (shared/questionnaire-format.md): UTF-8 (BOM accepted, other bytes refused),
/// comma or semicolon detected from the header, RFC 4180 quoting with multi-line text. Streams valid records and
/// reports every error with its row (line of the file where the record starts), column and reason; a record
/// with any error is not yielded.
/// </summary>
public sealed class ResponseCsvReader(Questionnaire questionnaire, IReadOnlySet<string>? allowedNeighbourhoods = null)
{
    /// <summary>Streams the valid records; every problem found is added to <paramref name="errors"/> as the file is read.</summary>
    public IEnumerable<ResponseRecord> Read(Stream stream, ICollection<ResponseCsvError> errors)
    {
        var rows = new ResponseCsvRows(questionnaire, allowedNeighbourhoods, errors);
        using var csv = CsvReader.Create(new Utf8CheckingStream(stream), Options(errors), leaveOpen: true);
        var fields = Array.Empty<string>();
        while (TryRead(csv, errors))
        {
            if (fields.Length != csv.FieldCount)
            {
                fields = new string[csv.FieldCount];
            }
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }
            var line = (int)csv.LineNumber;
            if (!rows.SawHeader && csv.Separator is not (',' or ';'))
            {
                errors.Add(new ResponseCsvError(line, null, "the separator must be a comma or a semicolon"));
                yield break;
            }
            var record = rows.Accept(fields, line);
            if (rows.HeaderRejected)
            {
                yield break;
            }
            if (record is not null)
            {
                yield return record;
            }
        }
        rows.Finish();
    }

    /// <summary>Validates the whole file first: every record, or every error and no record (all-or-nothing imports).</summary>
    public ResponseCsvReadResult ReadAll(Stream stream)
    {
        var errors = new List<ResponseCsvError>();
        var records = Read(stream, errors).ToList();
        return errors.Count == 0 ? new ResponseCsvReadResult(records, []) : new ResponseCsvReadResult([], errors);
    }

    /// <summary>Every error of the file, keeping no record (first pass of a validate-then-import over a large file).</summary>
    public IReadOnlyList<ResponseCsvError> Validate(Stream stream)
    {
        var errors = new List<ResponseCsvError>();
        foreach (var _ in Read(stream, errors))
        {
        }
        return errors;
    }

    private static CsvReaderOptions Options(ICollection<ResponseCsvError> errors) => new()
    {
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        PoolStrings = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        OnMalformedRecord = bad => errors.Add(new ResponseCsvError((int)bad.LineNumber, null, MalformedMessage(bad.Reason))),
    };

    private static string MalformedMessage(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "broken quoting: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "broken quoting: text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "broken quoting: a quoted field is never closed",
        _ => $"malformed record ({reason})",
    };

    private static bool TryRead(CsvReader csv, ICollection<ResponseCsvError> errors)
    {
        try
        {
            return csv.Read();
        }
        catch (InvalidUtf8Exception e)
        {
            errors.Add(new ResponseCsvError(e.Line, null, "the file is not valid UTF-8 (save it as UTF-8)"));
        }
        catch (CsvFormatException e)
        {
            errors.Add(new ResponseCsvError((int)Math.Max(1, e.LineNumber), null, e.Message));
        }
        return false;
    }
}
