using System.Globalization;
using System.Text;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Portraits;
using Diagnostic.Data.Responses;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Benchmarks;

/// <summary>
/// Prepares the database the web app serves for the portrait page benchmark (portrait-page-benchmark.sh):
/// the benchmark's SQLite file with its collecte made public, its 30 neighbourhoods attached, and its snapshot
/// replaced by the synthetic questionnaire written as YAML (the web app reads questionnaires from snapshots).
/// `web-db SIZE DIR` prints the database path; `touch DIR/web-SIZE.db` adds one submitted response, so the next
/// page request finds a new portrait version (a cold portrait in a warm process).
/// </summary>
internal static class PortraitPageBenchmark
{
    public static async Task<string> PrepareAsync(int size, string folder)
    {
        var data = await BenchmarkData.PrepareAsync(folder, size);
        var path = Path.Combine(folder, $"web-{size}.db");
        File.Copy(data.DatabasePath, path, overwrite: true);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var yaml = Yaml();
        var hash = QuestionnaireReader.Read(yaml, "bench.yaml").Questionnaire?.SourceHash
            ?? throw new InvalidOperationException("The synthetic questionnaire's YAML does not read.");
        await ExecuteAsync(connection, """
            UPDATE QuestionnaireSnapshots SET Yaml = $yaml, Hash = $hash;
            -- The YAML is the same questionnaire (ids, order, scales), so the cells built from the rows stay valid.
            UPDATE PortraitCells SET QuestionnaireHash = $hash;
            UPDATE Collectes SET PortraitPublic = 1;
            INSERT INTO CollecteNeighbourhoods (CollecteId, TerritoryId)
              SELECT s.Id, t.Id FROM Collectes s JOIN Territories t ON t.ParentId = s.TerritoryId
              WHERE NOT EXISTS (SELECT 1 FROM CollecteNeighbourhoods n WHERE n.CollecteId = s.Id AND n.TerritoryId = t.Id);
            """, ("$yaml", yaml), ("$hash", hash));
        return path;
    }

    /// <summary>
    /// Adds the response as the web app's writes do: in one transaction with its portrait cell, so the page then
    /// merges the cells rather than passing over the rows.
    /// </summary>
    public static async Task<string> TouchAsync(string path)
    {
        await using var db = BenchmarkData.OpenContext(path);
        var collecteId = await db.Collectes.Select(c => c.Id).FirstAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await PortraitCells.LockAsync(db, collecteId, default);
        var publicId = Guid.NewGuid().ToString("N");
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO Responses (PublicId, CollecteId, NeighbourhoodCode, Audience, Language, Channel, StartedAt,
                                   SubmittedAt, QuestionnaireHash, Status, Answers)
            SELECT {publicId}, CollecteId, NeighbourhoodCode, Audience, Language, Channel, StartedAt,
                   SubmittedAt, QuestionnaireHash, Status, Answers
            FROM Responses ORDER BY Id LIMIT 1;
            """);
        var collecte = await CollecteQuestionnaire.LoadAsync(db, collecteId, default);
        var record = await ResponseStream.ReadSubmittedAsync(db, collecteId, publicId, collecte.Questionnaire, default);
        await PortraitCells.ApplyAsync(db, collecte, [record!], [], default);
        await transaction.CommitAsync();
        return "added one response";
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params (string Name, string Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>SyntheticCollecte.Questionnaire as questionnaire YAML: same ids, order, scale and reversed items.</summary>
    internal static string Yaml()
    {
        var q = SyntheticCollecte.Questionnaire;
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"id: {q.Id}\nversion: {q.Version}\naudience: citizen\n");
        yaml.Append("title: {fr: \"Banc d'essai\", en: \"Benchmark\"}\nscales:\n  accord5:\n    points:\n");
        foreach (var point in q.Scales["accord5"].Points)
            yaml.Append(CultureInfo.InvariantCulture, $"      - {{code: {point.Code}, fr: \"{point.Label.Fr}\", en: \"Point {point.Code}\"}}\n");
        yaml.Append("    dont_know: {fr: \"Je ne sais pas\", en: \"I don't know\"}\nsections:\n");
        foreach (var section in q.Sections)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {section.Id}\n    title: {{fr: \"{section.Title.Fr}\", en: \"{section.Title.Fr}\"}}\n");
            yaml.Append("    dimension: true\n    questions:\n");
            foreach (var item in section.Questions)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      - id: {item.Id}\n        type: scale\n        scale: accord5\n");
                if (item.Reverse) yaml.Append("        reverse: true\n");
                yaml.Append(CultureInfo.InvariantCulture, $"        text: {{fr: \"{item.Text.Fr}\", en: \"{item.Text.Fr}\"}}\n");
            }
        }
        return yaml.ToString();
    }
}
