using System.Diagnostics;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Portraits;
using Diagnostic.Data.Responses;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Benchmarks;

/// <summary>
/// What one child process measures. Each runs in a fresh process so its peak memory (VmHWM) is its own.
/// Every measurement returns a checksum so no work can be optimised away and the runs can be compared.
/// </summary>
internal static class Measurements
{
    public static readonly string[] Names = ["csv-parse", "csv-strings", "csv-scan", "csv-portrait", "sqlite-answers", "sqlite-groupby", "sqlite-portrait", "cells-portrait", "packed-scan", "packed-portrait", "cells-update"];

    public static async Task<(TimeSpan Elapsed, string Check)> RunAsync(string name, BenchmarkData data)
    {
        if (name == "cells-update") return await CellsUpdateAsync(data);
        var watch = Stopwatch.StartNew();
        var check = name switch
        {
            "csv-parse" => CsvParse(data, strings: false),
            "csv-strings" => CsvParse(data, strings: true),
            "csv-scan" => CsvScan(data),
            "csv-portrait" => await CsvPortraitAsync(data),
            "sqlite-answers" => await SqliteAnswersAsync(data),
            "sqlite-groupby" => await SqliteGroupByAsync(data),
            "sqlite-portrait" => await SqlitePortraitAsync(data),
            "cells-portrait" => await CellsPortraitAsync(data),
            "packed-scan" => await PackedAnswers.ScanAsync(data),
            "packed-portrait" => Summary(await PackedAnswers.PortraitAsync(data), 0),
            _ => throw new ArgumentException($"unknown measurement {name}"),
        };
        return (watch.Elapsed, check);
    }

    /// <summary>
    /// CsvHelper's share of the CSV path: the parser alone with the reader's options, touching every field as bytes
    /// (<paramref name="strings"/> false) or as a string (true), with no UTF-8 check and no validation.
    /// </summary>
    private static string CsvParse(BenchmarkData data, bool strings)
    {
        using var stream = OpenCsv(data);
        using var csv = CsvHelper.CsvReader.Create(stream, new CsvHelper.CsvReaderOptions
        {
            HasHeader = false, Mode = CsvHelper.CsvMode.Rfc4180, TrackLineNumbers = true, SkipEmptyLines = true, PoolStrings = true,
        }, leaveOpen: true);
        long records = 0, length = 0;
        while (csv.Read())
        {
            records++;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                length += strings ? csv.GetString(i).Length : csv.GetSpan(i).Length;
            }
        }
        return $"{records} records, {length} field bytes";
    }

    /// <summary>Baseline for the CSV path: read and validate every row, no statistics.</summary>
    private static string CsvScan(BenchmarkData data)
    {
        var errors = new List<ResponseCsvError>();
        using var stream = OpenCsv(data);
        var count = new ResponseCsvReader(SyntheticCollecte.Questionnaire).Read(stream, errors).Count();
        return $"{count} responses, {errors.Count} errors";
    }

    /// <summary>The CSV portrait as the `portrait` verb builds it: reading on one thread, accumulating on another.</summary>
    private static async Task<string> CsvPortraitAsync(BenchmarkData data)
    {
        var errors = new List<ResponseCsvError>();
        var builder = new PortraitBuilder(SyntheticCollecte.Questionnaire);
        await using var stream = OpenCsv(data);
        await RecordPipeline.ForEachAsync(new ResponseCsvReader(SyntheticCollecte.Questionnaire).Read(stream, errors), builder.Add);
        return Summary(builder.Build(), errors.Count);
    }

    /// <summary>The floor of any scan of the stored answers: SELECT of the Answers column alone, bytes touched, not parsed.</summary>
    private static async Task<string> SqliteAnswersAsync(BenchmarkData data)
    {
        await using var connection = new SqliteConnection($"Data Source={data.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = "SELECT Answers FROM Responses WHERE CollecteId = $collecte AND Status = 'submitted'";
        command.Parameters.AddWithValue("$collecte", data.CollecteId);
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0, bytes = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            bytes += reader.GetBytes(0, 0, null, 0, 0);
        }
        return $"{rows} rows, {bytes} bytes";
    }

    /// <summary>
    /// The floor of any analysis over the stored answers: one GROUP BY computing count, sum and sum of squares per
    /// neighbourhood × question inside SQLite, over the same Responses table (answers in its JSON column).
    /// </summary>
    private static async Task<string> SqliteGroupByAsync(BenchmarkData data)
    {
        await using var connection = new SqliteConnection($"Data Source={data.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = """
            SELECT r.NeighbourhoodCode, a.key, count(*), sum(CAST(a.value AS REAL)), sum(CAST(a.value AS REAL) * CAST(a.value AS REAL))
            FROM Responses r, json_each(r.Answers) a
            WHERE r.CollecteId = $collecte AND r.Status = 'submitted' AND a.value <> 'NSP'
            GROUP BY r.NeighbourhoodCode, a.key
            """;
        command.Parameters.AddWithValue("$collecte", data.CollecteId);
        await using var reader = await command.ExecuteReaderAsync();
        long cells = 0, answers = 0;
        while (await reader.ReadAsync())
        {
            cells++;
            answers += reader.GetInt64(2);
        }
        return $"{cells} cells, {answers} answers";
    }

    private static async Task<string> SqlitePortraitAsync(BenchmarkData data)
    {
        await using var db = BenchmarkData.OpenContext(data.DatabasePath);
        var builder = new PortraitBuilder(SyntheticCollecte.Questionnaire);
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, data.CollecteId, SyntheticCollecte.Questionnaire))
        {
            builder.Add(response);
        }
        return Summary(builder.Build(), 0);
    }

    /// <summary>A cold portrait from the database as the web app now builds it: a merge of the stored cells, then Build.</summary>
    private static async Task<string> CellsPortraitAsync(BenchmarkData data)
    {
        await using var db = BenchmarkData.OpenContext(data.DatabasePath);
        var collecte = new CollecteQuestionnaire(data.CollecteId, SyntheticCollecte.Questionnaire.SourceHash, SyntheticCollecte.Questionnaire);
        var loaded = await PortraitCells.LoadAsync(db, collecte, new AnalysisOptions(), default);
        if (loaded.Rebuilt) throw new InvalidOperationException("the cells were rebuilt: not a cold merge");
        var (portrait, likert) = loaded.Build();
        return Summary(portrait, 0) + $", {likert.Items.Count} likert items";
    }

    /// <summary>
    /// What a submission adds to its transaction: lock, read the response's cell, add, write it back. Timed per
    /// update over 200 updates after 20 warm-up ones, each rolled back so the stored cells keep counting the rows.
    /// The elapsed time reported is the mean per update; the check gives the CPU part alone (merge, add, write).
    /// </summary>
    private static async Task<(TimeSpan, string)> CellsUpdateAsync(BenchmarkData data)
    {
        var watch = Stopwatch.StartNew();
        await using var db = BenchmarkData.OpenContext(data.DatabasePath);
        var collecte = new CollecteQuestionnaire(data.CollecteId, SyntheticCollecte.Questionnaire.SourceHash, SyntheticCollecte.Questionnaire);
        var responses = SyntheticCollecte.Generate(220, 99).ToList();
        for (var i = 0; i < responses.Count; i++)
        {
            if (i == 20) watch.Restart();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await PortraitCells.LockAsync(db, data.CollecteId, default);
            await PortraitCells.ApplyAsync(db, collecte, [responses[i]], [], default);
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
        }
        var perUpdate = watch.Elapsed / 200;
        var cpu = Stopwatch.StartNew();
        var cell = await db.PortraitCells.AsNoTracking().FirstAsync();
        for (var i = 0; i < 1000; i++)
        {
            var builder = new PortraitBuilder(SyntheticCollecte.Questionnaire);
            var likert = new LikertCountsBuilder(SyntheticCollecte.Questionnaire);
            builder.MergeCell(cell.Audience, cell.NeighbourhoodCode, cell.Accumulators);
            likert.MergeCell(cell.Audience, cell.NeighbourhoodCode, cell.LikertCounts);
            var response = responses[i % responses.Count] with { Neighbourhood = cell.NeighbourhoodCode };
            builder.Add(response);
            likert.Add(response);
            _ = builder.WriteCell(cell.Audience, cell.NeighbourhoodCode);
            _ = likert.WriteCell(cell.Audience, cell.NeighbourhoodCode);
        }
        return (perUpdate, $"per update {perUpdate.TotalMilliseconds:F3} ms in the database, {cpu.Elapsed.TotalMilliseconds / 1000:F3} ms of it CPU, cell {cell.Accumulators.Length + cell.LikertCounts.Length} bytes");
    }

    private static FileStream OpenCsv(BenchmarkData data) =>
        new(data.CsvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static string Summary(Portrait portrait, int errors)
    {
        var all = portrait.Rows.Where(r => r is { Neighbourhood: PortraitRow.AllNeighbourhoods, Level: FigureLevel.Dimension });
        return $"{portrait.Rows.Count} rows, {errors} errors, ALL n={all.First().N}, mean score {all.Average(r => r.Score):F4}";
    }
}
