using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Configurations;
using Diagnostic.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Responses;

/// <summary>
/// The analysis read path: every submitted response of a collecte, once, in one sequential pass, with a
/// raw parameterised command and Utf8JsonReader (no EF materialisation, no row per answer).
/// </summary>
public static class ResponseStream
{
    private const string Sql = """
        SELECT PublicId, NeighbourhoodCode, Audience, Language, SubmittedAt, Answers
        FROM Responses
        WHERE CollecteId = $collecte AND Status = $status
        ORDER BY Id
        """;

    public static async IAsyncEnumerable<ResponseRecord> ReadSubmittedAsync(
        DiagnosticDbContext db, int collecteId, Questionnaire questionnaire,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await foreach (var record in ReadSubmittedAsync(connection, collecteId, questionnaire, cancellationToken))
                yield return record;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Reads from an open connection; the caller owns it.</summary>
    public static async IAsyncEnumerable<ResponseRecord> ReadSubmittedAsync(
        SqliteConnection connection, int collecteId, Questionnaire questionnaire,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var columns = new AnswerColumns(questionnaire);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$collecte", collecteId);
        command.Parameters.AddWithValue("$status", LowercaseEnumConverter<ResponseStatus>.Code(ResponseStatus.Submitted));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadRow(reader, columns);
    }

    private static ResponseRecord ReadRow(SqliteDataReader reader, AnswerColumns columns)
    {
        AudienceCodes.TryParse(reader.GetString(2), out var audience);
        DateTimeOffset? submittedAt = reader.IsDBNull(4)
            ? null
            : DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture);
        return new ResponseRecord(
            reader.GetString(0),
            reader.IsDBNull(1) ? "" : reader.GetString(1),
            audience,
            reader.GetString(3),
            submittedAt,
            ReadAnswers(reader, 5, columns));
    }

    private static string?[] ReadAnswers(SqliteDataReader reader, int ordinal, AnswerColumns columns)
    {
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
