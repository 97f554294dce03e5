using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Diagnostic.Data.Migrating;

/// <summary>
/// Test-only: when <see cref="Variable"/> names a file, the process writes that file right after EF has taken its
/// <c>__EFMigrationsLock</c> row and then waits forever, so a test can `kill -9` a real migrator at the worst moment.
/// Never registered unless the variable is set.
/// </summary>
internal sealed class MigrationPauseHook(string markerFile) : DbCommandInterceptor
{
    public const string Variable = "DIAGNOSTIC_TEST_PAUSE_IN_MIGRATION";

    public static MigrationPauseHook? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file ? new MigrationPauseHook(file) : null;

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        PauseIfLockTaken(command, result);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        PauseIfLockTaken(command, result);
        return ValueTask.FromResult(result);
    }

    private void PauseIfLockTaken(DbCommand command, object? result)
    {
        if (!command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase)
            || !command.CommandText.Contains(StaleMigrationLock.Table, StringComparison.Ordinal)
            || Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture) != 1) return;
        File.WriteAllText(markerFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Thread.Sleep(Timeout.Infinite);
    }
}
