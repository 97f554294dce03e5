namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>
/// A long test of what pages look like, which no database changes: it runs in the SQLite pass only, so the suite's
/// PostgreSQL pass (tests/run.sh) does not spend minutes repeating it.
/// </summary>
public sealed class OnePassFactAttribute : FactAttribute
{
    public OnePassFactAttribute()
    {
        if (TestDatabase.IsPostgres) Skip = "Runs in the SQLite pass: what a page looks like does not depend on the database";
    }
}
