using System.Runtime.CompilerServices;
using CsvHelper;
using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Reads the response CSV format (src/Diagnostic.Core/Questionnaires/README.md): UTF-8 (BOM accepted, other bytes refused),
/// comma or semicolon detected from the header, RFC 4180 quoting with multi-line text; on `text` questions the one
/// `'` that <see cref="FormulaGuard"/> put before a formula-like answer is removed. Streams valid records and
/// reports every error with its row (line of the file where the record starts), column and reason; a record
/// with any error is not yielded.
/// </summary>
public sealed class ResponseCsvReader(Questionnaire questionnaire, IReadOnlySet<string>? allowedNeighbourhoods = null)
{
    /// <summary>Streams the valid records; every problem found is added to <paramref name="errors"/> as the file is read.</summary>
    public IEnumerable<ResponseRecord> Read(Stream stream, ICollection<ResponseCsvError> errors)
    {
        var cursor = new ResponseCsvCursor(questionnaire, allowedNeighbourhoods, errors, stream);
        using var csv = CsvReader.Create(new Utf8CheckingStream(stream), Options(errors), leaveOpen: true);
        while (TryRead(() => csv.Read(), errors))
        {
            if (!cursor.Accept(csv, out var record))
            {
                yield break;
            }
            if (record is not null)
            {
                yield return record;
            }
        }
        cursor.Finish();
    }

    /// <summary>As <see cref="Read"/>, with the row (line where the record starts) of each record, for checks made after reading.</summary>
    public IEnumerable<(int Row, ResponseRecord Record)> ReadRows(Stream stream, ICollection<ResponseCsvError> errors)
    {
        var cursor = new ResponseCsvCursor(questionnaire, allowedNeighbourhoods, errors, stream);
        using var csv = CsvReader.Create(new Utf8CheckingStream(stream), Options(errors), leaveOpen: true);
        while (TryRead(() => csv.Read(), errors))
        {
            if (!cursor.Accept(csv, out var record))
            {
                yield break;
            }
            if (record is not null)
            {
                yield return (cursor.Line, record);
            }
        }
        cursor.Finish();
    }

    /// <summary>As <see cref="Read"/>, reading the stream asynchronously (uploads, network streams).</summary>
    public async IAsyncEnumerable<ResponseRecord> ReadAsync(
        Stream stream, ICollection<ResponseCsvError> errors, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cursor = new ResponseCsvCursor(questionnaire, allowedNeighbourhoods, errors, stream);
        await using var csv = CsvReader.Create(new Utf8CheckingStream(stream), Options(errors), leaveOpen: true);
        while (await TryReadAsync(csv, errors, cancellationToken))
        {
            if (!cursor.Accept(csv, out var record))
            {
                yield break;
            }
            if (record is not null)
            {
                yield return record;
            }
        }
        cursor.Finish();
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
        OnMalformedRecord = bad => errors.Add(Malformed((int)bad.LineNumber, bad.Reason)),
    };

    private static ResponseCsvError Malformed(int line, CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote =>
            new(line, null, "broken quoting: a quote inside an unquoted field", ResponseCsvProblem.StrayQuote),
        CsvMalformedReason.TextAfterClosingQuote =>
            new(line, null, "broken quoting: text after a closing quote", ResponseCsvProblem.TextAfterClosingQuote),
        CsvMalformedReason.UnterminatedQuote =>
            new(line, null, "broken quoting: a quoted field is never closed", ResponseCsvProblem.UnterminatedQuote),
        _ => new(line, null, $"malformed record ({reason})"),
    };

    private static bool TryRead(Func<bool> read, ICollection<ResponseCsvError> errors)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidUtf8Exception or CsvFormatException)
        {
            errors.Add(ErrorOf(e));
            return false;
        }
    }

    private static async ValueTask<bool> TryReadAsync(CsvReader csv, ICollection<ResponseCsvError> errors, CancellationToken ct)
    {
        try
        {
            return await csv.ReadAsync(ct);
        }
        catch (Exception e) when (e is InvalidUtf8Exception or CsvFormatException)
        {
            errors.Add(ErrorOf(e));
            return false;
        }
    }

    private static ResponseCsvError ErrorOf(Exception e) => e switch
    {
        InvalidUtf8Exception utf8 => new ResponseCsvError(utf8.Line, null, "the file is not valid UTF-8 (save it as UTF-8)", ResponseCsvProblem.NotUtf8),
        CsvFormatException format => new ResponseCsvError((int)Math.Max(1, format.LineNumber), null, format.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };
}
