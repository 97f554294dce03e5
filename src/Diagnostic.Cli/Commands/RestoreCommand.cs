using System.CommandLine;
using System.IO.Compression;
using Diagnostic.Cli.Backups;
using Diagnostic.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic restore FILE [--force]`: puts a `diagnostic backup` zip back as the configured database and key ring.
/// Exit codes: 0 restored; 1 the file is not a readable backup (nothing changed); 2 the target database already
/// holds data and --force was not given (nothing changed). Stop the web app first.
/// </summary>
public sealed class RestoreCommand(TextWriter output, TextWriter error, Func<IConfiguration> configuration) : ICliCommand
{
    public const int NotEmpty = 2;

    public RestoreCommand() : this(Console.Out, Console.Error, CliConfiguration.Load)
    {
    }

    public Command Build()
    {
        var file = new Argument<string>("file") { Description = "A backup made by `diagnostic backup`" };
        var force = new Option<bool>("--force") { Description = "Replace a database that already holds data" };
        var command = new Command("restore",
            "Restaure une sauvegarde (base de données et clés); refuse une base qui contient déjà des données sans --force. " +
            "Codes de sortie : 0 restaurée, 1 fichier illisible, 2 base non vide");
        command.Arguments.Add(file);
        command.Options.Add(force);
        command.SetAction((ParseResult r, CancellationToken _) => Task.FromResult(Run(r.GetValue(file)!, r.GetValue(force))));
        return command;
    }

    private int Run(string path, bool force)
    {
        if (!File.Exists(path)) return Fail(1, $"{path}: file not found");
        var folder = PrivateFile.CreateTempFolder("diagnostic-restore-");
        var extracted = Path.Combine(folder, "restore.db");
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry(BackupArchive.DatabaseEntry) is not { } entry)
                return Fail(1, $"{path}: not a Diagnostic backup (no {BackupArchive.DatabaseEntry} in it); nothing was changed");
            entry.ExtractToFile(extracted);
            if (SqliteCopy.Problem(extracted) is { } problem) return Fail(1, $"{path}: {problem}; nothing was changed");

            var settings = configuration();
            var database = StorageLayout.DatabaseFile(settings);
            if (!force && !DatabaseContents.IsEmpty(database))
                return Fail(NotEmpty, $"{database}: this database already holds data; nothing was changed. " +
                    "To replace it, back it up first, then run restore again with --force");

            SqliteCopy.Copy(SqliteCopy.FileConnection(extracted, SqliteOpenMode.ReadOnly), DiagnosticDatabase.ResolveConnectionString(settings));
            var keys = RestoreKeys(zip, StorageLayout.KeysDirectory(settings));
            output.WriteLine($"Restored {path} into {database} with {keys} data-protection key(s); " +
                "the next start of the web app applies any newer migration");
            return 0;
        }
        catch (InvalidDataException)
        {
            return Fail(1, $"{path}: not a zip file made by `diagnostic backup`; nothing was changed");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            return Fail(1, $"{path}: the restore failed ({ex.Message})");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Adds the backup's keys to the key ring (same name: replaced); other keys stay, they harm nothing.</summary>
    private static int RestoreKeys(ZipArchive zip, string keysDirectory)
    {
        var keys = zip.Entries.Where(BackupArchive.IsKeyEntry).ToList();
        Directory.CreateDirectory(keysDirectory);
        foreach (var key in keys)
        {
            key.ExtractToFile(Path.Combine(keysDirectory, key.FullName[BackupArchive.KeysFolder.Length..]), overwrite: true);
        }
        return keys.Count;
    }

    private int Fail(int code, string message)
    {
        error.WriteLine(message);
        return code;
    }
}
