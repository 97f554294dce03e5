using CsvHelper;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>The per-record step shared by the synchronous and asynchronous reads: header first, then records.</summary>
internal sealed class ResponseCsvCursor(
    Questionnaire questionnaire, IReadOnlySet<string>? allowedNeighbourhoods, ICollection<ResponseCsvError> errors, Stream source)
{
    // Records read before the file's record count is estimated from the share of its bytes read.
    private const int RecordsBeforeEstimate = 4096;

    private readonly ResponseCsvRows _rows = new(questionnaire, allowedNeighbourhoods, errors);
    private string[] _fields = [];
    private int _records;

    /// <summary>The line of the file where the last accepted record starts.</summary>
    public int Line { get; private set; }

    /// <summary>False when reading must stop (the header is unusable); <paramref name="record"/> is null for the header and invalid records.</summary>
    public bool Accept(CsvReader csv, out ResponseRecord? record)
    {
        record = null;
        if (_fields.Length != csv.FieldCount)
        {
            _fields = new string[csv.FieldCount];
        }
        for (var i = 0; i < _fields.Length; i++)
        {
            _fields[i] = csv.GetString(i);
        }
        var line = (int)csv.LineNumber;
        Line = line;
        if (!_rows.SawHeader && csv.Separator is not (',' or ';'))
        {
            errors.Add(new ResponseCsvError(line, null, "the separator must be a comma or a semicolon", ResponseCsvProblem.Separator));
            return false;
        }
        if (++_records == RecordsBeforeEstimate && source.CanSeek && source.Position > 0)
        {
            // The reader buffers ahead, so this underestimates a little; the table's power-of-two size absorbs it.
            _rows.ReserveIds((int)Math.Min(int.MaxValue, _records * (double)source.Length / source.Position));
        }
        record = _rows.Accept(_fields, line);
        return !_rows.HeaderRejected;
    }

    public void Finish() => _rows.Finish();
}
