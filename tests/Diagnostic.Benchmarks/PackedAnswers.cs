using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Responses;
using Microsoft.Data.Sqlite;

namespace Diagnostic.Benchmarks;

/// <summary>
/// The « packed answers » design of issue 16, as an experiment only (the product keeps the maintained cells, which
/// measured faster): a benchmark-only table beside Responses holding each submitted response's answers as one byte
/// per item in a BLOB (0 = not answered, 255 = « je ne sais pas », else the scale code). A cold portrait is then a
/// scan of that column, each row decoded into the builder. The product schema is not touched.
/// </summary>
internal static class PackedAnswers
{
    private const byte NotAnswered = 0;
    private const byte DontKnow = 255;

    /// <summary>Builds the table once from the stored responses (not timed); later runs reuse it.</summary>
    public static async Task EnsureAsync(BenchmarkData data)
    {
        await using (var check = new SqliteConnection($"Data Source={data.DatabasePath}"))
        {
            await check.OpenAsync();
            await using var exists = check.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'BenchPackedAnswers'";
            if ((long)(await exists.ExecuteScalarAsync())! > 0) return;
        }
        await using var db = BenchmarkData.OpenContext(data.DatabasePath);
        var responses = ResponseStream.ReadSubmittedAsync(db, data.CollecteId, SyntheticCollecte.Questionnaire);
        await using var connection = new SqliteConnection($"Data Source={data.DatabasePath}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE BenchPackedAnswers (CollecteId INTEGER NOT NULL, Audience TEXT NOT NULL, NeighbourhoodCode TEXT NOT NULL, Packed BLOB NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO BenchPackedAnswers VALUES ($collecte, $audience, $hood, $packed)";
        insert.Parameters.AddWithValue("$collecte", data.CollecteId);
        var audience = insert.Parameters.Add("$audience", SqliteType.Text);
        var hood = insert.Parameters.Add("$hood", SqliteType.Text);
        var packed = insert.Parameters.Add("$packed", SqliteType.Blob);
        await foreach (var response in responses)
        {
            audience.Value = AudienceCodes.ToCode(response.Audience);
            hood.Value = response.Neighbourhood;
            packed.Value = Pack(response.Values);
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>The scan alone: every BLOB read and its bytes counted per item and code, nothing decoded.</summary>
    public static async Task<string> ScanAsync(BenchmarkData data)
    {
        var counts = new long[SyntheticCollecte.Questionnaire.Questions.Count, 256];
        long rows = 0;
        await foreach (var (_, _, bytes) in ReadAsync(data))
        {
            rows++;
            for (var i = 0; i < bytes.Length; i++) counts[i, bytes[i]]++;
        }
        return $"{rows} rows, {counts[0, DontKnow]} NSP on the first item";
    }

    /// <summary>A cold portrait from the packed column: scan, decode each row into the builder, Build.</summary>
    public static async Task<Portrait> PortraitAsync(BenchmarkData data)
    {
        var questions = SyntheticCollecte.Questionnaire.Questions;
        var builder = new PortraitBuilder(SyntheticCollecte.Questionnaire);
        var decode = new string?[256];
        for (var code = 1; code <= 5; code++) decode[code] = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        decode[DontKnow] = Scale.DontKnowCode;
        var values = new string?[questions.Count];
        await foreach (var (audience, hood, bytes) in ReadAsync(data))
        {
            for (var i = 0; i < values.Length; i++) values[i] = decode[bytes[i]];
            builder.Add(new ResponseRecord("", hood, audience, "fr", null, values));
        }
        return builder.Build();
    }

    private static async IAsyncEnumerable<(Audience Audience, string Neighbourhood, byte[] Packed)> ReadAsync(BenchmarkData data)
    {
        await using var connection = new SqliteConnection($"Data Source={data.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = "SELECT Audience, NeighbourhoodCode, Packed FROM BenchPackedAnswers WHERE CollecteId = $collecte";
        command.Parameters.AddWithValue("$collecte", data.CollecteId);
        await using var reader = await command.ExecuteReaderAsync();
        var hoods = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            AudienceCodes.TryParse(reader.GetString(0), out var audience);
            var hood = reader.GetString(1);
            hood = hoods.TryGetValue(hood, out var known) ? known : hoods[hood] = hood;
            // GetFieldValue reads the column's bytes at once; GetBytes would open an incremental BLOB handle per row.
            yield return (audience, hood, reader.GetFieldValue<byte[]>(2));
        }
    }

    private static byte[] Pack(IReadOnlyList<string?> values)
    {
        var packed = new byte[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            packed[i] = values[i] switch
            {
                null => NotAnswered,
                Scale.DontKnowCode => DontKnow,
                var code => byte.Parse(code, System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        return packed;
    }
}
