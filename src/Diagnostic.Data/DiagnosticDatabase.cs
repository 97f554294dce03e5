using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Diagnostic.Data.Comites;
using Diagnostic.Data.Migrating;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diagnostic.Data;

/// <summary>
/// The one way the web app and the CLI reach the database, so both use the same provider, file and pragmas:
/// SQLite (embedded, the default) or PostgreSQL, chosen by Database:Provider.
/// </summary>
public static class DiagnosticDatabase
{
    public const string ConnectionStringName = "Diagnostic";
    public const string DataDirectoryKey = "Storage:DataDirectory";
    public const string FileName = "diagnostic.db";

    /// <summary>
    /// Registers <see cref="DiagnosticDbContext"/>: on SQLite with WAL, busy timeout and synchronous=FULL, or on
    /// PostgreSQL as <see cref="PostgresDiagnosticDbContext"/> (its own migrations). A wrong setting stops the start.
    /// Contexts are pooled: the options are built once, and each request reuses a reset context instead of building
    /// the Identity model's sets and options again (a quarter of an answer page's allocations before pooling).
    /// </summary>
    public static IServiceCollection AddDiagnosticDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        if (DatabaseProviders.Resolve(configuration) == DatabaseProvider.Postgres)
        {
            var postgres = DatabaseProviders.PostgresConnectionString(configuration);
            services.AddDbContextPool<DiagnosticDbContext, PostgresDiagnosticDbContext>(options => ConfigurePostgres(options, postgres));
            return services;
        }
        var connectionString = ResolveConnectionString(configuration);
        services.AddDbContextPool<DiagnosticDbContext>(options => Configure(options, connectionString));
        return services;
    }

    /// <summary>
    /// Applies pending migrations (never EnsureCreated) under an OS lock beside the database file, which dies with its
    /// process: a migrator killed half-way cannot leave the next start waiting forever (see Migrating/).
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        if (!db.Database.IsSqlite())
        {
            // PostgreSQL's migration lock belongs to the migrating session, so it already dies with its process.
            await MigrateGuardedAsync(db, cancellationToken);
            return;
        }
        var logger = scope.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DiagnosticDatabase));
        await using var held = await MigrationFileLock.AcquireAsync(db.Database.GetConnectionString()!, logger, cancellationToken);
        if (held is not null) await StaleMigrationLock.ClearAsync(db, logger, cancellationToken);
        await MigrateGuardedAsync(db, cancellationToken);
    }

    /// <summary>The closed-year triggers are lifted while migrations alter tables, and put back after (ClosedYearGuard).</summary>
    private static async Task MigrateGuardedAsync(DiagnosticDbContext db, CancellationToken cancellationToken)
    {
        // A fresh database has no history table yet (asking it for pending migrations would log an error) and no guard.
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken))
            await db.Database.MigrateAsync(cancellationToken);
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await ClosedYearGuard.DropAsync(db, cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            catch
            {
                // A failed migration must not leave closed years unguarded for the instances and the CLI still running:
                // each migration applies whole or not at all, so the guard fits the schema of the last one applied.
                await ClosedYearGuard.CreateAsync(db, CancellationToken.None);
                throw;
            }
        }
        await ClosedYearGuard.CreateAsync(db, cancellationToken);
    }

    /// <summary>
    /// ConnectionStrings:Diagnostic when set; otherwise diagnostic.db in Storage:DataDirectory, by default
    /// the user's local application data folder (~/.local/share/diagnostic), whatever the working directory.
    /// The folder holding the file is created if missing.
    /// </summary>
    public static string ResolveConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var builder = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory(configuration), FileName) }
            : new SqliteConnectionStringBuilder(configured);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null) Directory.CreateDirectory(folder);
        }
        // Microsoft.Data.Sqlite retries a busy database until the command timeout (seconds).
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    public static string DataDirectory(IConfiguration configuration)
    {
        var configured = configuration[DataDirectoryKey];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
                Environment.SpecialFolderOption.Create), "diagnostic")
            : Path.GetFullPath(configured);
    }

    internal static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseSqlite(connectionString).AddInterceptors(new PlainSqliteConnections(), new SqlitePragmaInterceptor());
        if (MigrationPauseHook.FromEnvironment() is { } pause) options.AddInterceptors(pause);
    }

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);
}
