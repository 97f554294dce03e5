using System.Text;
using System.Text.Json;
using Diagnostic.Core.Responses;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Portraits;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Benchmarks;

/// <summary>
/// The data one size of the benchmark reads: the responses CSV of the contract and a SQLite database built by the
/// real migrations, holding the same responses. Both are made once per size and seed and reused across runs.
/// </summary>
internal sealed record BenchmarkData(string CsvPath, string DatabasePath, int CollecteId)
{
    private const int Seed = 20261125;

    public static async Task<BenchmarkData> PrepareAsync(string folder, int size)
    {
        Directory.CreateDirectory(folder);
        var data = new BenchmarkData(
            Path.Combine(folder, $"responses-{size}.csv"), Path.Combine(folder, $"responses-{size}.db"), 1);
        if (!File.Exists(data.CsvPath))
        {
            var temp = data.CsvPath + ".tmp";
            await using (var stream = File.Create(temp))
            {
                await new ResponseCsvWriter(SyntheticCollecte.Questionnaire).WriteAsync(SyntheticCollecte.Generate(size, Seed), stream);
            }
            File.Move(temp, data.CsvPath);
        }
        if (!File.Exists(data.DatabasePath))
        {
            var temp = data.DatabasePath + ".tmp";
            File.Delete(temp);
            await LoadDatabaseAsync(temp, size);
            await CheckpointAsync(temp);
            SqliteConnection.ClearAllPools();
            File.Move(temp, data.DatabasePath);
        }
        await EnsureCellsAsync(data);
        await PackedAnswers.EnsureAsync(data);
        await CheckpointAsync(data.DatabasePath);
        return data;
    }

    /// <summary>
    /// Moves what the write-ahead log holds into the database file, so the file alone is complete when it is moved or
    /// copied: pooled contexts keep their connections open, and with them the log.
    /// </summary>
    private static async Task CheckpointAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The portrait cells the web app keeps per submission, built once from the rows (files made before the cells
    /// existed get the migration and the cells on their next run).
    /// </summary>
    private static async Task EnsureCellsAsync(BenchmarkData data)
    {
        await using var db = OpenContext(data.DatabasePath);
        if ((await db.Database.GetPendingMigrationsAsync()).Any()) await db.Database.MigrateAsync();
        if (await db.PortraitCells.AnyAsync()) return;
        var collecte = new CollecteQuestionnaire(data.CollecteId, SyntheticCollecte.Questionnaire.SourceHash, SyntheticCollecte.Questionnaire);
        await PortraitCells.RebuildAsync(db, collecte, new Core.Analysis.AnalysisOptions(), default);
    }

    public static DiagnosticDbContext OpenContext(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Diagnostic"] = $"Data Source={databasePath}",
            })
            .Build();
        var services = new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
        return services.GetRequiredService<DiagnosticDbContext>();
    }

    private static async Task LoadDatabaseAsync(string databasePath, int size)
    {
        await using var db = OpenContext(databasePath);
        await db.Database.MigrateAsync();
        var collecteId = await AddCollecteAsync(db);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Responses (PublicId, CollecteId, NeighbourhoodCode, Audience, Language, Channel, StartedAt,
                                   SubmittedAt, QuestionnaireHash, Status, Answers)
            VALUES ($id, $collecte, $hood, 'citizen', 'fr', 'import', $at, $at, $hash, 'submitted', $answers)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$collecte", collecteId);
        var hood = insert.Parameters.Add("$hood", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        insert.Parameters.AddWithValue("$hash", SyntheticCollecte.Questionnaire.SourceHash);
        var answers = insert.Parameters.Add("$answers", SqliteType.Text);
        insert.Prepare();
        var questions = SyntheticCollecte.Questionnaire.Questions;
        foreach (var response in SyntheticCollecte.Generate(size, Seed))
        {
            id.Value = response.ResponseId;
            hood.Value = response.Neighbourhood;
            at.Value = response.SubmittedAt!.Value.ToString("O");
            answers.Value = AnswersJson(questions, response.Values);
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static string AnswersJson(IReadOnlyList<Core.Questionnaires.Question> questions, IReadOnlyList<string?> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is { } value)
                {
                    json.WriteString(questions[i].Id, value);
                }
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task<int> AddCollecteAsync(DiagnosticDbContext db)
    {
        var territory = new Territory { Code = "BENCH", Name = "Territoire d'essai", Level = TerritoryLevel.City };
        territory.Children.AddRange(SyntheticCollecte.Neighbourhoods.Select(code =>
            new Territory { Code = code, Name = code, Level = TerritoryLevel.Neighbourhood }));
        var snapshot = new QuestionnaireSnapshot
        {
            QuestionnaireId = SyntheticCollecte.Questionnaire.Id, Version = 1, Hash = SyntheticCollecte.Questionnaire.SourceHash,
            Yaml = "# synthetic benchmark questionnaire, built in code", CreatedAt = DateTimeOffset.UtcNow,
        };
        var collecte = new Collecte
        {
            PublicCode = "bench", Name = "Banc d'essai", Territory = territory, Snapshot = snapshot,
            Status = CollecteStatus.Closed,
        };
        db.Add(collecte);
        await db.SaveChangesAsync();
        return collecte.Id;
    }
}
