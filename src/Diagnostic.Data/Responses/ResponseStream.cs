using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Collectes;
using Diagnostic.Data.Configurations;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Querying;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Diagnostic.Data.Responses;

/// <summary>
/// The analysis read path: every submitted response of a collecte, once, in one sequential pass, with a
/// raw parameterised command and Utf8JsonReader (no EF materialisation, no row per answer).
/// </summary>
public static class ResponseStream
{
    // Quoted names and @ parameters: the same text runs on SQLite and on PostgreSQL (which folds unquoted names).
    private const string Sql = """
        SELECT "PublicId", "NeighbourhoodCode", "Audience", "Language", "SubmittedAt", "Answers"
        FROM "Responses"
        WHERE "CollecteId" = @collecte AND "Status" = @status
        ORDER BY "Id"
        """;

    private const string OneSql = """
        SELECT "PublicId", "NeighbourhoodCode", "Audience", "Language", "SubmittedAt", "Answers"
        FROM "Responses"
        WHERE "CollecteId" = @collecte AND "Status" = @status AND "PublicId" = @public
        """;

    /// <summary>One submitted response, by its public id (what a submission just stored); null when not submitted.</summary>
    public static async Task<ResponseRecord?> ReadSubmittedAsync(
        DiagnosticDbContext db, int collecteId, string publicId, Questionnaire questionnaire, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await foreach (var record in ReadSubmittedAsync(connection, transaction, collecteId, questionnaire, cancellationToken, publicId))
                return record;
            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async IAsyncEnumerable<ResponseRecord> ReadSubmittedAsync(
        DiagnosticDbContext db, int collecteId, Questionnaire questionnaire,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await foreach (var record in ReadSubmittedAsync(connection, transaction, collecteId, questionnaire, cancellationToken))
                yield return record;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Reads from an open connection; the caller owns it.</summary>
    public static IAsyncEnumerable<ResponseRecord> ReadSubmittedAsync(
        DbConnection connection, int collecteId, Questionnaire questionnaire, CancellationToken cancellationToken = default) =>
        ReadSubmittedAsync(connection, null, collecteId, questionnaire, cancellationToken);

    private static async IAsyncEnumerable<ResponseRecord> ReadSubmittedAsync(
        DbConnection connection, DbTransaction? transaction, int collecteId, Questionnaire questionnaire,
        [EnumeratorCancellation] CancellationToken cancellationToken = default, string? publicId = null)
    {
        var columns = new AnswerColumns(questionnaire);
        await using var command = connection.CreateCommand();
        command.CommandText = publicId is null ? Sql : OneSql;
        if (publicId is not null) command.AddParameter("@public", publicId);
        // Inside a caller's transaction (retention) the command joins it.
        command.Transaction = transaction;
        command.AddParameter("@collecte", collecteId);
        command.AddParameter("@status", LowercaseEnumConverter<ResponseStatus>.Code(ResponseStatus.Submitted));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadRow(reader, columns);
    }


    private static ResponseRecord ReadRow(DbDataReader reader, AnswerColumns columns)
    {
        AudienceCodes.TryParse(reader.GetString(2), out var audience);
        // SQLite keeps the text as written (with its offset); PostgreSQL hands back a timestamptz in UTC, shown in
        // Québec time as the entity reads are (UtcDateTimeOffsetConverter).
        DateTimeOffset? submittedAt = reader.IsDBNull(4)
            ? null
            : reader is SqliteDataReader
                ? DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)
                : TimeZoneInfo.ConvertTime(reader.GetFieldValue<DateTimeOffset>(4), QuebecDates.Zone);
        return new ResponseRecord(
            reader.GetString(0),
            reader.IsDBNull(1) ? "" : reader.GetString(1),
            audience,
            reader.GetString(3),
            submittedAt,
            ReadAnswers(reader, 5, columns));
    }

    private static string?[] ReadAnswers(DbDataReader reader, int ordinal, AnswerColumns columns)
    {
        if (reader is not SqliteDataReader)
        {
            // PostgreSQL's text column has no raw UTF-8 access: one string, encoded into a pooled buffer.
            var text = reader.GetString(ordinal);
            var encoded = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            try
            {
                var count = Encoding.UTF8.GetBytes(text, encoded);
                return columns.Read(encoded.AsSpan(0, count));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(encoded);
            }
        }
        var length = (int)reader.GetBytes(ordinal, 0, null, 0, 0);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            reader.GetBytes(ordinal, 0, buffer, 0, length);
            return columns.Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
