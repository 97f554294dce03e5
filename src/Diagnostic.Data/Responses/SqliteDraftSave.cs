using Diagnostic.Data.Configurations;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Diagnostic.Data.Responses;

/// <summary>
/// A draft's save on SQLite as one command (issue 16): the relaxed pragma (<see cref="DraftDurability"/>), the
/// guarded UPDATE of <see cref="ResponseStore.SaveDraftAsync"/> and the pragma back, read with changes(). Every
/// section page's post runs it; through EF it was three commands and a LINQ update rebuilt on each call. When the
/// update fails (busy past the timeout), the pragma is set back before the connection returns to the pool.
/// </summary>
internal static class SqliteDraftSave
{
    private static readonly string Sql =
        DraftDurability.Relaxed + " " +
        "UPDATE \"Responses\" SET \"Answers\" = $answers, \"NeighbourhoodCode\" = $neighbourhood, \"Language\" = $language " +
        $"WHERE \"Id\" = $id AND \"Status\" = '{LowercaseEnumConverter<ResponseStatus>.Code(ResponseStatus.Draft)}'; " +
        "SELECT changes(); " +
        DraftDurability.Strict;

    private static readonly AnswersConverter Answers = new();

    public static async Task<bool> SaveAsync(DiagnosticDbContext db, Response draft, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.AddParameter("$answers", Answers.ConvertToProvider(draft.Answers));
            command.AddParameter("$neighbourhood", draft.NeighbourhoodCode);
            command.AddParameter("$language", draft.Language);
            command.AddParameter("$id", draft.Id);
            try
            {
                // Disposing the reader runs the statements after changes(): the pragma back.
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var changed = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;
                return changed == 1;
            }
            catch
            {
                await DraftDurability.RestoreAsync(db);
                throw;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
