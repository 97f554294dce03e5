using Diagnostic.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// Finding 8: a `kill -9` during the first start's migration left a row in __EFMigrationsLock and every later start
/// hung. Each test kills a real CLI process while it holds the lock; waits are bounded, not timed.
/// </summary>
public sealed class MigrationCrashTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly string folder = Directory.CreateTempSubdirectory("diagnostic-migration-crash").FullName;

    private string DatabaseFile => Path.Combine(folder, "diagnostic.db");

    [Fact]
    public async Task A_start_after_a_migrator_was_killed_holding_the_lock_migrates_by_itself()
    {
        using (var migrator = await MigratorProcess.StartPausedAsync(DatabaseFile))
        {
            migrator.KillHard();
        }
        Assert.Equal(1, await LockRowsAsync()); // the crash left EF's lock row behind, as in the finding

        await using var services = Services();
        await DiagnosticDatabase.MigrateAsync(services).WaitAsync(Bound);

        Assert.Empty(await PendingAsync(services));
        Assert.Equal(0, await LockRowsAsync());
    }

    [Fact]
    public async Task A_second_migrator_waits_for_a_live_holder_and_goes_on_once_it_is_killed()
    {
        using var migrator = await MigratorProcess.StartPausedAsync(DatabaseFile);
        await using var services = Services();

        var second = DiagnosticDatabase.MigrateAsync(services);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.False(second.IsCompleted, "the second migrator must wait while the first one is alive");
        Assert.False(migrator.HasExited);
        Assert.Equal(1, await LockRowsAsync()); // a live holder's row is left alone
        migrator.KillHard();
        await second.WaitAsync(Bound);
        Assert.Empty(await PendingAsync(services));
        Assert.Equal(0, await LockRowsAsync());
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Diagnostic"] = $"Data Source={DatabaseFile}",
        }).Build();
        return new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
    }

    private static async Task<IEnumerable<string>> PendingAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>().Database.GetPendingMigrationsAsync();
    }

    /// <summary>Rows in EF's lock table, read on a plain connection (no migrator, no lock).</summary>
    private async Task<long> LockRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsLock";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
