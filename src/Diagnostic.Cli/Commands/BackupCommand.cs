using System.CommandLine;
using System.IO.Compression;
using Diagnostic.Cli.Backups;
using Diagnostic.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Cli.Commands;

/// <summary>
/// `diagnostic backup --out FILE`: a zip with a consistent copy of the SQLite database (online backup, safe while the
/// web app runs) and the data-protection keys. Never overwrites a file; on any error nothing is left behind (exit 1).
/// </summary>
public sealed class BackupCommand(TextWriter output, TextWriter error, Func<IConfiguration> configuration) : ICliCommand
{
    public BackupCommand() : this(Console.Out, Console.Error, CliConfiguration.Load)
    {
    }

    public Command Build()
    {
        var target = new Option<string>("--out") { Description = "The backup file to write (a .zip; it must not exist)", Required = true };
        var command = new Command("backup", "Sauvegarde la base de données et les clés de protection des données dans un fichier zip");
        command.Options.Add(target);
        command.SetAction((ParseResult r, CancellationToken _) => Task.FromResult(Run(r.GetValue(target)!)));
        return command;
    }

    private int Run(string outPath)
    {
        var settings = configuration();
        var database = StorageLayout.DatabaseFile(settings);
        var target = Path.GetFullPath(outPath);
        if (!File.Exists(database)) return Fail($"{database}: no database here, nothing to back up");
        if (File.Exists(target)) return Fail($"{outPath}: the file already exists; choose another name (nothing was written)");
        if (!Directory.Exists(Path.GetDirectoryName(target))) return Fail($"{outPath}: the folder does not exist (nothing was written)");
        var copy = target + ".db.partial";
        var partial = target + ".partial";
        try
        {
            PrivateFile.CreateEmpty(copy);
            SqliteCopy.Copy(DiagnosticDatabase.ResolveConnectionString(settings), SqliteCopy.FileConnection(copy));
            var keys = WriteZip(partial, copy, StorageLayout.KeysDirectory(settings));
            File.Move(partial, target);
            output.WriteLine($"Backup written to {outPath}: the database ({new FileInfo(copy).Length:N0} bytes) and {keys} data-protection key(s)");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            return Fail($"{outPath}: the backup failed ({ex.Message}); nothing was written");
        }
        finally
        {
            File.Delete(copy);
            File.Delete(partial);
        }
    }

    /// <summary>Writes the archive; returns how many key files went in.</summary>
    private static int WriteZip(string zipPath, string databaseCopy, string keysDirectory)
    {
        using var zip = PrivateFile.CreateZip(zipPath);
        zip.CreateEntryFromFile(databaseCopy, BackupArchive.DatabaseEntry, CompressionLevel.Optimal);
        var keys = Directory.Exists(keysDirectory) ? Directory.GetFiles(keysDirectory, "*.xml") : [];
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            zip.CreateEntryFromFile(key, BackupArchive.KeysFolder + Path.GetFileName(key), CompressionLevel.Optimal);
        }
        return keys.Length;
    }

    private int Fail(string message)
    {
        error.WriteLine(message);
        return 1;
    }
}
