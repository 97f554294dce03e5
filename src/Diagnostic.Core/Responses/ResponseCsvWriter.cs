using System.Globalization;
using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Responses;

/// <summary>
/// Writes responses in the format <see cref="ResponseCsvReader"/> reads (export format = import format):
/// the fixed columns, then one column per question in file order, values as stored (answers to `text` questions
/// neutralised against formulas), through <see cref="CsvTable"/>.
/// </summary>
public sealed class ResponseCsvWriter(Questionnaire questionnaire, ResponseCsvSeparator separator = ResponseCsvSeparator.Comma)
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK";
    private readonly bool[] _freeText = questionnaire.Questions.Select(q => q.Type == QuestionType.Text).ToArray();

    public async Task WriteAsync(IAsyncEnumerable<ResponseRecord> responses, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var table = CsvTable.To(stream, CsvDialect.Of(separator));
        await WriteHeaderAsync(table, cancellationToken);
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            await WriteLineAsync(table, response, cancellationToken);
        }
    }

    public async Task WriteAsync(IEnumerable<ResponseRecord> responses, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var table = CsvTable.To(stream, CsvDialect.Of(separator));
        await WriteHeaderAsync(table, cancellationToken);
        foreach (var response in responses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteLineAsync(table, response, cancellationToken);
        }
    }

    private ValueTask WriteHeaderAsync(CsvTable table, CancellationToken cancellationToken)
    {
        foreach (var name in ResponseCsvHeader.FixedColumns.Concat(questionnaire.Questions.Select(q => q.Id))) table.Code(name);
        return table.EndRowAsync(cancellationToken);
    }

    private ValueTask WriteLineAsync(CsvTable table, ResponseRecord response, CancellationToken cancellationToken)
    {
        if (response.Values.Count != questionnaire.Questions.Count)
        {
            throw new ArgumentException($"Response '{response.ResponseId}' has {response.Values.Count} values for {questionnaire.Questions.Count} questions.");
        }
        table.Code(response.ResponseId).Code(response.Neighbourhood).Code(response.Audience.ToCode()).Code(response.Language)
            .Code(response.SubmittedAt?.ToString(DateFormat, CultureInfo.InvariantCulture));
        for (var q = 0; q < _freeText.Length; q++)
        {
            table.Cell(new CsvCell(response.Values[q], _freeText[q]));
        }
        return table.EndRowAsync(cancellationToken);
    }
}
