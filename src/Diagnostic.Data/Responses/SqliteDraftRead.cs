using System.Data.Common;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Configurations;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Querying;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Responses;

/// <summary>
/// The response behind a draft cookie read on SQLite with one plain command (issue 16). Every answer page reads it
/// (about 24 times per submission); through EF's compiled query the read cost about 6 % of a submission's CPU beyond
/// SQLite's own work: the relational command and reader wrappers, diagnostics, and a delegate the shaper creates on
/// every run. Columns and conversions are the model's own converters; a test compares every property of
/// <see cref="Response"/> with EF's read, so a property added to the entity and not here fails it.
/// </summary>
internal static class SqliteDraftRead
{
    private const string Sql =
        "SELECT \"Id\", \"PublicId\", \"CollecteId\", \"NeighbourhoodCode\", \"Audience\", \"Language\", \"Channel\", " +
        "\"StartedAt\", \"SubmittedAt\", \"QuestionnaireHash\", \"Status\", \"ResumeCodeHash\", \"SubmissionKey\", \"Answers\" " +
        "FROM \"Responses\" WHERE \"CollecteId\" = $collecte AND \"PublicId\" = $public";

    private static readonly AnswersConverter Answers = new();
    private static readonly AudienceConverter Audiences = new();
    private static readonly LowercaseEnumConverter<ResponseChannel> Channels = new();
    private static readonly LowercaseEnumConverter<ResponseStatus> Statuses = new();

    public static async Task<Response?> FindAsync(DiagnosticDbContext db, int collecteId, string publicId, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.AddParameter("$collecte", collecteId);
            command.AddParameter("$public", publicId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Response Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        PublicId = reader.GetString(1),
        CollecteId = reader.GetInt32(2),
        NeighbourhoodCode = NullableString(reader, 3),
        Audience = (Audience)Audiences.ConvertFromProvider(reader.GetString(4))!,
        Language = reader.GetString(5),
        Channel = (ResponseChannel)Channels.ConvertFromProvider(reader.GetString(6))!,
        StartedAt = reader.GetFieldValue<DateTimeOffset>(7),
        SubmittedAt = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
        QuestionnaireHash = reader.GetString(9),
        Status = (ResponseStatus)Statuses.ConvertFromProvider(reader.GetString(10))!,
        ResumeCodeHash = NullableString(reader, 11),
        SubmissionKey = NullableString(reader, 12),
        Answers = (Dictionary<string, string>)Answers.ConvertFromProvider(reader.GetString(13))!,
    };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
