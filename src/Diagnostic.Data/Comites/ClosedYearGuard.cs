using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Comites;

/// <summary>
/// The closed-year rule enforced by the database itself: once a comité year is closed, no row of it (séances and
/// what they record, candidates, rounds, ballots, chosen cibles, the plan and its adoptions, commitments, progress, bilans) may be inserted, changed or
/// deleted, and the year cannot be reopened or renamed. The web's ClosedYearFilter answers 409 before a page gets this far; the
/// triggers keep the CLI, a future page or a hand-written query from editing history anyway.
/// Not a migration: the migrator drops the triggers before applying migrations and creates them again after
/// (<see cref="DiagnosticDatabase.MigrateAsync"/>), because SQLite rebuilds a table to alter it, and a trigger that
/// reads that table stops the rebuild. So the list below always follows the current schema.
/// </summary>
public static class ClosedYearGuard
{
    /// <summary>Raised by every trigger; <see cref="IsViolation"/> recognises it in a provider's exception.</summary>
    public const string Message = "closed_year: this comité year is closed; nothing of it may change";

    private const string SeanceCycle = "(SELECT s.\"CycleId\" FROM \"Seances\" s WHERE s.\"Id\" = R.\"SeanceId\")";

    /// <summary>Each table of a year, with the SQL giving the year's id from one of its rows (the alias <c>R</c>).</summary>
    private static readonly (string Table, string CycleOf)[] Tables =
    [
        ("Seances", "R.\"CycleId\""),
        ("CandidateTargets", "R.\"CycleId\""),
        ("ChosenTargets", "R.\"CycleId\""),
        ("PlanAdoptions", "R.\"CycleId\""),
        ("VotingRounds", SeanceCycle),
        ("SeanceAttendance", SeanceCycle),
        ("SeanceDecisions", SeanceCycle),
        ("ForumEnjeux", SeanceCycle),
        ("VotingRoundCandidates", RoundCycle("R.\"RoundId\"")),
        ("Ballots", RoundCycle("R.\"RoundId\"")),
        ("PaperDotCounts", RoundCycle("R.\"RoundId\"")),
        ("BallotLines", RoundCycle("(SELECT b.\"RoundId\" FROM \"Ballots\" b WHERE b.\"Id\" = R.\"BallotId\")")),
        ("PlanMeans", TargetCycle("R.\"TargetId\"")),
        ("Actions", TargetCycle("R.\"TargetId\"")),
        ("TargetReviews", TargetCycle("R.\"TargetId\"")),
        ("ActionCommitments", TargetCycle("(SELECT a.\"TargetId\" FROM \"Actions\" a WHERE a.\"Id\" = R.\"ActionId\")")),
        ("ActionProgress", TargetCycle("(SELECT a.\"TargetId\" FROM \"Actions\" a WHERE a.\"Id\" = R.\"ActionId\")")),
    ];

    public static bool IsViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e.Message.Contains("closed_year:", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Before migrating: removes every trigger of the guard (there may be none yet).</summary>
    public static async Task DropAsync(DiagnosticDbContext db, CancellationToken cancellationToken)
    {
        foreach (var statement in db.Database.IsSqlite() ? DropSqlite() : DropPostgres())
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }

    /// <summary>After migrating: the guard for the current schema, replacing any earlier version of it.</summary>
    public static async Task CreateAsync(DiagnosticDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two instances starting together must not replace the same function at once.
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4242001)", cancellationToken);
        foreach (var statement in db.Database.IsSqlite() ? DropSqlite().Concat(CreateSqlite()) : CreatePostgres())
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static IEnumerable<string> CreateSqlite()
    {
        foreach (var (table, cycleOf) in Tables)
        {
            yield return SqliteTrigger(table, "INSERT", Closed(cycleOf.Replace("R.", "NEW.")));
            yield return SqliteTrigger(table, "UPDATE",
                $"{Closed(cycleOf.Replace("R.", "OLD."))} OR {Closed(cycleOf.Replace("R.", "NEW."))}");
            yield return SqliteTrigger(table, "DELETE", Closed(cycleOf.Replace("R.", "OLD.")));
        }
        yield return SqliteTrigger("ComiteCycles", "UPDATE", $"OLD.\"Status\" = 'closed' AND ({CycleChanged("IS NOT")})");
        yield return SqliteTrigger("ComiteCycles", "DELETE", "OLD.\"Status\" = 'closed'");
    }

    private static IEnumerable<string> DropSqlite()
    {
        foreach (var (table, _) in Tables)
            foreach (var operation in new[] { "INSERT", "UPDATE", "DELETE" })
                yield return $"DROP TRIGGER IF EXISTS \"{TriggerName(table, operation)}\";";
        yield return $"DROP TRIGGER IF EXISTS \"{TriggerName("ComiteCycles", "UPDATE")}\";";
        yield return $"DROP TRIGGER IF EXISTS \"{TriggerName("ComiteCycles", "DELETE")}\";";
    }

    private static IEnumerable<string> CreatePostgres()
    {
        yield return """
            CREATE OR REPLACE FUNCTION closed_year_is_closed(cycle integer) RETURNS boolean LANGUAGE sql STABLE AS
            $$ SELECT EXISTS (SELECT 1 FROM "ComiteCycles" WHERE "Id" = cycle AND "Status" = 'closed') $$;
            """;
        foreach (var (table, cycleOf) in Tables)
        {
            var function = TriggerName(table, "guard");
            yield return $"""
                CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        IF closed_year_is_closed({cycleOf.Replace("R.", "OLD.")}) THEN
                            RAISE EXCEPTION '{Message}' USING ERRCODE = 'check_violation';
                        END IF;
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        IF closed_year_is_closed({cycleOf.Replace("R.", "NEW.")}) THEN
                            RAISE EXCEPTION '{Message}' USING ERRCODE = 'check_violation';
                        END IF;
                    END IF;
                    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                    RETURN NEW;
                END $$;
                CREATE OR REPLACE TRIGGER {function} BEFORE INSERT OR UPDATE OR DELETE ON "{table}"
                    FOR EACH ROW EXECUTE FUNCTION {function}();
                """;
        }
        var cycles = TriggerName("ComiteCycles", "guard");
        yield return $"""
            CREATE OR REPLACE FUNCTION {cycles}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    IF OLD."Status" = 'closed' THEN
                        RAISE EXCEPTION '{Message}' USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN OLD;
                END IF;
                IF OLD."Status" = 'closed' AND ({CycleChanged("IS DISTINCT FROM")}) THEN
                    RAISE EXCEPTION '{Message}' USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END $$;
            CREATE OR REPLACE TRIGGER {cycles} BEFORE UPDATE OR DELETE ON "ComiteCycles" FOR EACH ROW EXECUTE FUNCTION {cycles}();
            """;
    }

    /// <summary>Dropping a trigger function drops its triggers, even when a table is gone or not created yet.</summary>
    private static IEnumerable<string> DropPostgres()
    {
        foreach (var table in Tables.Select(t => t.Table).Append("ComiteCycles"))
            yield return $"DROP FUNCTION IF EXISTS {TriggerName(table, "guard")}() CASCADE;";
        yield return "DROP FUNCTION IF EXISTS closed_year_is_closed(integer);";
    }

    /// <summary>Setting a closed year's status to closed again changes nothing, so it passes; anything else is a change.</summary>
    private static string CycleChanged(string differs) => string.Join(" OR ",
        new[] { "Status", "YearLabel", "ComiteId", "ClosedAt" }.Select(c => $"NEW.\"{c}\" {differs} OLD.\"{c}\""));

    private static string RoundCycle(string roundId) =>
        $"(SELECT s.\"CycleId\" FROM \"VotingRounds\" v JOIN \"Seances\" s ON s.\"Id\" = v.\"SeanceId\" WHERE v.\"Id\" = {roundId})";

    private static string TargetCycle(string targetId) =>
        $"(SELECT t.\"CycleId\" FROM \"ChosenTargets\" t WHERE t.\"Id\" = {targetId})";

    private static string Closed(string cycleId) =>
        $"EXISTS (SELECT 1 FROM \"ComiteCycles\" c WHERE c.\"Id\" = {cycleId} AND c.\"Status\" = 'closed')";

    private static string SqliteTrigger(string table, string operation, string when) => $"""
        CREATE TRIGGER "{TriggerName(table, operation)}" BEFORE {operation} ON "{table}"
        WHEN {when}
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    private static string TriggerName(string table, string operation) =>
        $"closed_year_{table.ToLowerInvariant()}_{operation.ToLowerInvariant()}";
}
