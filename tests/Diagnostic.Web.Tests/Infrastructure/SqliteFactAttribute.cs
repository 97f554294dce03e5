namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>A test of what only the embedded SQLite file has (its file, its online backup): skipped in the PostgreSQL pass.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres) Skip = "SQLite only: this pass runs on PostgreSQL (" + TestDatabase.PostgresVariable + " is set)";
    }
}
