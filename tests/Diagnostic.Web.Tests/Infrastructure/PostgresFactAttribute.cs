namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>A test that needs a real PostgreSQL server: skipped, with the reason, when DIAGNOSTIC_TEST_POSTGRES is unset.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres) Skip = "needs a PostgreSQL server: source tests/postgres.sh (sets " + TestDatabase.PostgresVariable + ")";
    }
}
