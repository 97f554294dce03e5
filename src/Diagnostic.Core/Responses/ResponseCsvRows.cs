using System.Globalization;
using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>Turns the records of a response file into <see cref="ResponseRecord"/>s, collecting every problem.</summary>
internal sealed class ResponseCsvRows(
    Questionnaire questionnaire, IReadOnlySet<string>? allowedNeighbourhoods, ICollection<ResponseCsvError> errors)
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
    ];

    private readonly Question[] _questions = questionnaire.Questions.ToArray();
    private readonly bool[] _freeText = questionnaire.Questions.Select(q => q.Type == QuestionType.Text).ToArray();
    private readonly ResponseIdSet _seenIds = new();
    private readonly ValueCheckCache _checks = new(questionnaire.Questions);
    private ResponseCsvHeader? _header;

    public bool SawHeader { get; private set; }

    public bool HeaderRejected { get; private set; }

    public ResponseRecord? Accept(string[] fields, int line)
    {
        if (!SawHeader)
        {
            SawHeader = true;
            var headerErrors = new List<ResponseCsvError>();
            _header = ResponseCsvHeader.Parse(fields, line, questionnaire, headerErrors);
            headerErrors.ForEach(errors.Add);
            HeaderRejected = _header is null;
            return null;
        }
        var header = _header!;
        if (fields.Length != header.Names.Length)
        {
            errors.Add(new ResponseCsvError(line, null, $"expected {header.Names.Length} fields, found {fields.Length}",
                ResponseCsvProblem.FieldCount, header.Names.Length, fields.Length));
            return null;
        }
        var before = errors.Count;
        var f = header.FixedFields;
        var id = CheckId(fields[f[0]], line);
        var neighbourhood = CheckNeighbourhood(fields[f[1]], line);
        var audience = CheckAudience(fields[f[2]], line);
        var submittedAt = CheckSubmittedAt(fields[f[4]], line);
        var values = ReadValues(fields, header, line);
        return errors.Count > before ? null : new ResponseRecord(id, neighbourhood, audience, fields[f[3]], submittedAt, values);
    }

    /// <summary>Sizes the duplicate-id check for about <paramref name="expected"/> records.</summary>
    public void ReserveIds(int expected) => _seenIds.Reserve(expected);

    public void Finish()
    {
        if (!SawHeader && errors.Count == 0)
        {
            errors.Add(new ResponseCsvError(1, null, "the file is empty: the header line is missing", ResponseCsvProblem.EmptyFile));
        }
    }

    private string?[] ReadValues(string[] fields, ResponseCsvHeader header, int line)
    {
        var values = new string?[_questions.Length];
        for (var q = 0; q < _questions.Length; q++)
        {
            var value = fields[header.QuestionFields[q]];
            if (value.Length == 0)
            {
                continue;
            }
            if (_freeText[q])
            {
                value = FormulaGuard.Unprotect(value);
            }
            if (_checks.Check(q, value) is { } problem)
            {
                errors.Add(new ResponseCsvError(line, _questions[q].Id, $"value '{value}' refused: {problem.Message}",
                    ResponseCsvProblem.ValueRefused, value) { Answer = problem });
            }
            values[q] = value;
        }
        return values;
    }

    private string CheckId(string id, int line)
    {
        if (id.Length == 0)
        {
            errors.Add(new ResponseCsvError(line, ResponseCsvHeader.ResponseId, "empty response_id", ResponseCsvProblem.EmptyId));
        }
        else if (!_seenIds.TryAdd(id, line, out var firstLine))
        {
            errors.Add(new ResponseCsvError(line, ResponseCsvHeader.ResponseId, $"duplicate response_id '{id}' (first on row {firstLine})",
                ResponseCsvProblem.DuplicateId, id, firstLine));
        }
        return id;
    }

    private string CheckNeighbourhood(string code, int line)
    {
        if (code.Length == 0)
        {
            errors.Add(new ResponseCsvError(line, ResponseCsvHeader.Neighbourhood, "empty neighbourhood", ResponseCsvProblem.EmptyNeighbourhood));
        }
        else if (code == "ALL")
        {
            errors.Add(new ResponseCsvError(line, ResponseCsvHeader.Neighbourhood, "'ALL' is reserved for the whole collecte and cannot be a neighbourhood",
                ResponseCsvProblem.ReservedNeighbourhood, code));
        }
        else if (allowedNeighbourhoods is not null && !allowedNeighbourhoods.Contains(code))
        {
            errors.Add(new ResponseCsvError(line, ResponseCsvHeader.Neighbourhood, $"neighbourhood '{code}' is not a territory of this diagnosis",
                ResponseCsvProblem.UnknownNeighbourhood, code));
        }
        return code;
    }

    private Audience CheckAudience(string code, int line)
    {
        if (!AudienceCodes.TryParse(code, out var audience))
        {
            errors.Add(new ResponseCsvError(line, ResponseCsvHeader.Audience, $"unknown audience '{code}' (citizen or partner)",
                ResponseCsvProblem.UnknownAudience, code));
        }
        return audience;
    }

    private DateTimeOffset? CheckSubmittedAt(string value, int line)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (IsoTimestamp.TryParse(value, out var exported))
        {
            return exported;
        }
        if (DateTimeOffset.TryParseExact(value, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        errors.Add(new ResponseCsvError(line, ResponseCsvHeader.SubmittedAt, $"'{value}' is not an ISO 8601 date and time (2026-05-01T14:30:00-04:00)",
            ResponseCsvProblem.NotADate, value));
        return null;
    }
}
