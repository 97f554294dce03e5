extern alias cli;
using Microsoft.EntityFrameworkCore;
using System.CommandLine;
using System.IO.Compression;
using cli::Diagnostic.Cli;
using cli::Diagnostic.Cli.Commands;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Portraits;
using Microsoft.Extensions.Configuration;

namespace Diagnostic.Web.Tests.Operations;

/// <summary>`diagnostic backup` and `diagnostic restore`: a restored installation serves the very same portrait.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly DiagnosticWebFactory original = new();
    private readonly DiagnosticWebFactory restored = new();
    private readonly string folder = Directory.CreateTempSubdirectory("diagnostic-backup-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string Backup => Path.Combine(folder, "sauvegarde.zip");

    [SqliteFact]
    public async Task A_backup_restored_into_a_new_data_directory_serves_the_same_portrait_with_the_same_keys()
    {
        await PortraitData.SeedAsync(original);
        using var client = original.NewClient();
        await client.GetAsync("/connexion"); // a form with an antiforgery token: the key ring now has a key
        var portrait = await client.GetByteArrayAsync("/portrait/test/portrait.csv");
        var keys = await KeysAsync(original); // kept in the database since keys are shared by instances
        Assert.NotEmpty(keys);

        string[] RestoreLeftovers() => Directory.GetFileSystemEntries(Path.GetTempPath(), "diagnostic-restore-*");
        var leftoversBefore = RestoreLeftovers();
        var backedUp = await RunAsync(new BackupCommand(output, error, () => Settings(original)), "--out", Backup);
        var restoredCode = await RunAsync(new RestoreCommand(output, error, () => Settings(restored)), Backup);

        Assert.Equal((0, 0, ""), (backedUp, restoredCode, error.ToString()));
        // A backup holds the raw answers and what signs sessions: readable by its owner only.
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Backup));
        Assert.Equal(leftoversBefore, RestoreLeftovers()); // the extracted copy and its -wal/-shm files are gone
        using (var zip = ZipFile.OpenRead(Backup))
        {
            Assert.Equal(["diagnostic.db", .. KeyFiles(original).Select(k => "keys/" + k)], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }
        using var restoredClient = restored.NewClient(); // the web app starts on the restored directory only now
        Assert.Equal(portrait, await restoredClient.GetByteArrayAsync("/portrait/test/portrait.csv"));
        await restoredClient.GetAsync("/connexion");
        Assert.Equal(keys, await KeysAsync(restored)); // the restored key was used, no new one had to be made
    }

    private static Task<List<string>> KeysAsync(DiagnosticWebFactory factory) =>
        factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? "").OrderBy(x => x).ToListAsync());

    [SqliteFact]
    public async Task Restore_refuses_a_database_that_holds_data_unless_forced()
    {
        await PortraitData.SeedAsync(original);
        Assert.Equal(0, await RunAsync(new BackupCommand(output, error, () => Settings(original)), "--out", Backup));
        await restored.SeedAsync(); // the target already holds territories and collectes
        var before = await restored.WithDbAsync(db => Task.FromResult(db.Responses.Count()));

        var refused = await RunAsync(new RestoreCommand(output, error, () => Settings(restored)), Backup);

        Assert.Equal(RestoreCommand.NotEmpty, refused);
        Assert.Contains("already holds data; nothing was changed", error.ToString());
        Assert.Contains("--force", error.ToString());
        Assert.Equal(0, before);
        Assert.Equal(0, await restored.WithDbAsync(db => Task.FromResult(db.Responses.Count())));

        var forced = await RunAsync(new RestoreCommand(output, error, () => Settings(restored)), Backup, "--force");
        Assert.Equal(0, forced);
        Assert.Equal(PortraitData.Answers.Count, await restored.WithDbAsync(db => Task.FromResult(db.Responses.Count())));
    }

    [SqliteFact]
    public async Task Restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing()
    {
        var notZip = Path.Combine(folder, "notes.zip");
        await File.WriteAllTextAsync(notZip, "pas une sauvegarde");
        var emptyZip = Path.Combine(folder, "vide.zip");
        using (ZipFile.Open(emptyZip, ZipArchiveMode.Create)) { }

        var first = await RunAsync(new RestoreCommand(output, error, () => Settings(restored)), notZip);
        var second = await RunAsync(new RestoreCommand(output, error, () => Settings(restored)), emptyZip);

        Assert.Equal((1, 1), (first, second));
        Assert.Contains($"{notZip}: not a zip file made by `diagnostic backup`; nothing was changed", error.ToString());
        Assert.Contains($"{emptyZip}: not a Diagnostic backup (no diagnostic.db in it); nothing was changed", error.ToString());
        Assert.False(File.Exists(restored.DatabaseFile));
    }

    [SqliteFact]
    public async Task Backup_never_overwrites_a_file()
    {
        _ = original.Services; // the database exists
        await File.WriteAllTextAsync(Backup, "déjà là");

        var code = await RunAsync(new BackupCommand(output, error, () => Settings(original)), "--out", Backup);

        Assert.Equal(1, code);
        Assert.Contains("the file already exists", error.ToString());
        Assert.Equal("déjà là", await File.ReadAllTextAsync(Backup));
    }

    private static IConfiguration Settings(DiagnosticWebFactory factory) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Diagnostic"] = $"Data Source={factory.DatabaseFile}",
            ["Storage:DataDirectory"] = Path.GetDirectoryName(factory.DatabaseFile),
        }).Build();

    private static List<string> KeyFiles(DiagnosticWebFactory factory)
    {
        var keys = Path.Combine(Path.GetDirectoryName(factory.DatabaseFile)!, "keys");
        return Directory.Exists(keys) ? [.. Directory.GetFiles(keys).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)] : [];
    }

    private async Task<int> RunAsync(ICliCommand verb, params string[] args) =>
        await verb.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

    public void Dispose()
    {
        original.Dispose();
        restored.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
