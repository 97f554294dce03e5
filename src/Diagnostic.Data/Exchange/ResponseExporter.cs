using Diagnostic.Core.Csv;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Responses;

namespace Diagnostic.Data.Exchange;

/// <summary>
/// Streams a collecte's submitted responses to a file: the contract's wide CSV (ResponseCsvWriter), a long CSV
/// (one row per answer: response_id, neighbourhood, audience, question_id, value) or the codebook. Responses are read
/// once with ResponseStream, so memory does not grow with the number of responses. Every file goes through CsvTable:
/// the semicolon dialect carries a UTF-8 BOM so French Excel opens accents right, and answers to `text` questions are
/// neutralised against formulas in the wide and long files alike.
/// </summary>
public sealed class ResponseExporter(DiagnosticDbContext db)
{
    public static readonly string[] LongColumns = ["response_id", "neighbourhood", "audience", "question_id", "value"];

    public async Task ExportAsync(
        ExchangeCollecte collecte, ExportFormat format, ResponseCsvSeparator separator, Stream output, CancellationToken ct)
    {
        switch (format)
        {
            case ExportFormat.Wide:
                var responses = ResponseStream.ReadSubmittedAsync(db, collecte.Id, collecte.Questionnaire, ct);
                await new ResponseCsvWriter(collecte.Questionnaire, separator).WriteAsync(responses, output, ct);
                break;
            case ExportFormat.Long:
                await WriteLongAsync(collecte, separator, output, ct);
                break;
            case ExportFormat.Codebook:
                await using (var table = CsvTable.To(output, CsvDialect.Of(separator)))
                {
                    await CodebookWriter.WriteAsync(collecte.Questionnaire, table, ct);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>"{code}-reponses-2026-11-25.csv", "{code}-reponses-long-…", "{code}-codebook-…".</summary>
    public static string FileName(string collecteCode, ExportFormat format, DateOnly day) => format switch
    {
        ExportFormat.Wide => $"{collecteCode}-reponses-{day:yyyy-MM-dd}.csv",
        ExportFormat.Long => $"{collecteCode}-reponses-long-{day:yyyy-MM-dd}.csv",
        _ => $"{collecteCode}-codebook-{day:yyyy-MM-dd}.csv",
    };

    private async Task WriteLongAsync(ExchangeCollecte collecte, ResponseCsvSeparator separator, Stream output, CancellationToken ct)
    {
        var questions = collecte.Questionnaire.Questions;
        await using var table = CsvTable.To(output, CsvDialect.Of(separator));
        foreach (var name in LongColumns) table.Code(name);
        await table.EndRowAsync(ct);
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, collecte.Id, collecte.Questionnaire, ct))
        {
            var audience = response.Audience.ToCode();
            for (var q = 0; q < questions.Count; q++)
            {
                if (response.Values[q] is { } value)
                {
                    table.Code(response.ResponseId).Code(response.Neighbourhood).Code(audience).Code(questions[q].Id)
                        .Cell(new CsvCell(value, IsFreeText: questions[q].Type == QuestionType.Text));
                    await table.EndRowAsync(ct);
                }
            }
        }
    }
}
