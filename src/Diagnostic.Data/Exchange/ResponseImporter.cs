using Diagnostic.Core.Responses;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Portraits;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Exchange;

/// <summary>
/// Imports a response CSV into a collecte, all or nothing: every row is validated (format, values, neighbourhoods of
/// the collecte, audience, relevance, required answers) and any error leaves the database unchanged. Idempotent by
/// response_id: a row whose id is already in the collecte with the same answers is skipped; with other answers it is
/// an error. Imported responses are submitted, channel "import".
/// </summary>
public sealed class ResponseImporter(DiagnosticDbContext db, TimeProvider clock)
{
    private const int LookupChunk = 500;

    public Task<ImportResult> ImportAsync(ExchangeCollecte collecte, Stream csv, CancellationToken ct) =>
        RunAsync(collecte, csv, commit: true, ct);

    /// <summary>
    /// Every check of <see cref="ImportAsync"/> and the counts it would give, storing nothing: what the organisatrice
    /// sees before she confirms (a file cut at a row boundary is valid, so the row count is hers to check).
    /// </summary>
    public Task<ImportResult> PreviewAsync(ExchangeCollecte collecte, Stream csv, CancellationToken ct) =>
        RunAsync(collecte, csv, commit: false, ct);

    private async Task<ImportResult> RunAsync(ExchangeCollecte collecte, Stream csv, bool commit, CancellationToken ct)
    {
        if (await CollecteStore.PurgedAsync(db, collecte.Id, ct))
            return ImportResult.Failed([new ResponseCsvError(1, null, "the answers of this collecte were deleted at its retention date; none can be added",
                ResponseCsvProblem.Purged)]);
        var errors = new List<ResponseCsvError>();
        var rows = new List<(int Row, ResponseRecord Record)>();
        foreach (var (row, record) in new ResponseCsvReader(collecte.Questionnaire, collecte.Neighbourhoods).ReadRows(csv, errors))
        {
            ImportRowChecks.Check(collecte, row, record, errors);
            rows.Add((row, record));
        }
        if (errors.Count > 0) return ImportResult.Failed(Sorted(errors));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (commit) await PortraitCells.LockAsync(db, collecte.Id, ct);
        var existing = await ExistingAsync(collecte.Id, rows.Select(r => r.Record.ResponseId).ToList(), ct);
        var added = new List<Response>();
        foreach (var (row, record) in rows)
        {
            var answers = ImportRowChecks.Answers(collecte.Questionnaire, record);
            if (!existing.TryGetValue(record.ResponseId, out var stored))
            {
                added.Add(NewResponse(collecte, record, answers));
            }
            else if (!SameAnswers(stored, record, answers))
            {
                errors.Add(new ResponseCsvError(row, "response_id",
                    $"response_id '{record.ResponseId}' is already in this collecte with different answers",
                    ResponseCsvProblem.IdConflict, record.ResponseId));
            }
        }
        if (errors.Count > 0) return ImportResult.Failed(errors);
        if (!commit) return new ImportResult(added.Count, rows.Count - added.Count, []);
        db.Responses.AddRange(added);
        await db.SaveChangesAsync(ct);
        var questionnaire = new CollecteQuestionnaire(collecte.Id, collecte.Collecte.Snapshot!.Hash, collecte.Questionnaire);
        await PortraitCells.ApplyAsync(db, questionnaire, added.Select(r => PortraitCells.Record(collecte.Questionnaire, r)).ToList(), [], ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportResult(added.Count, rows.Count - added.Count, []);
    }

    private static List<ResponseCsvError> Sorted(List<ResponseCsvError> errors) =>
        errors.OrderBy(e => e.Row).ToList();

    private async Task<Dictionary<string, Response>> ExistingAsync(int collecteId, List<string> ids, CancellationToken ct)
    {
        var found = new Dictionary<string, Response>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(LookupChunk))
        {
            var responses = await db.Responses.AsNoTracking()
                .Where(r => r.CollecteId == collecteId && chunk.Contains(r.PublicId))
                .ToListAsync(ct);
            foreach (var response in responses) found[response.PublicId] = response;
        }
        return found;
    }

    private static bool SameAnswers(Response stored, ResponseRecord record, Dictionary<string, string> answers) =>
        stored.Status == ResponseStatus.Submitted
        && stored.NeighbourhoodCode == record.Neighbourhood
        && stored.Audience == record.Audience
        && stored.Answers.Count == answers.Count
        && answers.All(a => stored.Answers.TryGetValue(a.Key, out var value) && value == a.Value);

    private Response NewResponse(ExchangeCollecte collecte, ResponseRecord record, Dictionary<string, string> answers)
    {
        var submittedAt = record.SubmittedAt ?? clock.GetUtcNow();
        return new Response
        {
            PublicId = record.ResponseId,
            CollecteId = collecte.Id,
            NeighbourhoodCode = record.Neighbourhood,
            Audience = record.Audience,
            Language = record.Language,
            Channel = ResponseChannel.Import,
            StartedAt = submittedAt,
            SubmittedAt = submittedAt,
            QuestionnaireHash = collecte.Collecte.Snapshot!.Hash,
            Status = ResponseStatus.Submitted,
            Answers = answers,
        };
    }
}
