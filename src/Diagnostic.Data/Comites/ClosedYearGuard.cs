using Microsoft.EntityFrameworkCore.Migrations;

namespace Diagnostic.Data.Comites;

/// <summary>
/// The closed-year rule enforced by the database itself: once a comité year is closed, no row of it (séances,
/// candidates, rounds, ballots, chosen cibles, actions, commitments, progress, bilans) may be inserted, changed or
/// deleted, and the year cannot be reopened or renamed. The web's ClosedYearFilter answers 409 before a page gets this far; the
/// triggers keep the CLI, a future page or a hand-written query from editing history anyway.
/// Frozen as migration code: a later schema change adds a new version rather than editing this one.
/// </summary>
public static class ClosedYearGuard
{
    /// <summary>Raised by every trigger; <see cref="IsViolation"/> recognises it in a provider's exception.</summary>
    public const string Message = "closed_year: this comité year is closed; nothing of it may change";

    /// <summary>Each table of a year, with the SQL giving the year's id from one of its rows (the alias <c>R</c>).</summary>
    private static readonly (string Table, string CycleOf)[] Tables =
    [
        ("Seances", "R.\"CycleId\""),
        ("CandidateTargets", "R.\"CycleId\""),
        ("ChosenTargets", "R.\"CycleId\""),
        ("VotingRounds", "(SELECT s.\"CycleId\" FROM \"Seances\" s WHERE s.\"Id\" = R.\"SeanceId\")"),
        ("VotingRoundCandidates", RoundCycle("R.\"RoundId\"")),
        ("Ballots", RoundCycle("R.\"RoundId\"")),
        ("PaperDotCounts", RoundCycle("R.\"RoundId\"")),
        ("BallotLines", RoundCycle("(SELECT b.\"RoundId\" FROM \"Ballots\" b WHERE b.\"Id\" = R.\"BallotId\")")),
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

    public static void CreateSqlite(MigrationBuilder migration)
    {
        foreach (var (table, cycleOf) in Tables)
        {
            migration.Sql(SqliteTrigger(table, "INSERT", Closed(cycleOf.Replace("R.", "NEW."))));
            migration.Sql(SqliteTrigger(table, "UPDATE",
                $"{Closed(cycleOf.Replace("R.", "OLD."))} OR {Closed(cycleOf.Replace("R.", "NEW."))}"));
            migration.Sql(SqliteTrigger(table, "DELETE", Closed(cycleOf.Replace("R.", "OLD."))));
        }
        migration.Sql(SqliteTrigger("ComiteCycles", "UPDATE", $"OLD.\"Status\" = 'closed' AND ({CycleChanged("IS NOT")})"));
        migration.Sql(SqliteTrigger("ComiteCycles", "DELETE", "OLD.\"Status\" = 'closed'"));
    }

    public static void DropSqlite(MigrationBuilder migration)
    {
        foreach (var (table, _) in Tables)
            foreach (var operation in new[] { "INSERT", "UPDATE", "DELETE" })
                migration.Sql($"DROP TRIGGER IF EXISTS \"{TriggerName(table, operation)}\";");
        migration.Sql($"DROP TRIGGER IF EXISTS \"{TriggerName("ComiteCycles", "UPDATE")}\";");
        migration.Sql($"DROP TRIGGER IF EXISTS \"{TriggerName("ComiteCycles", "DELETE")}\";");
    }

    public static void CreatePostgres(MigrationBuilder migration)
    {
        migration.Sql("""
            CREATE FUNCTION closed_year_is_closed(cycle integer) RETURNS boolean LANGUAGE sql STABLE AS
            $$ SELECT EXISTS (SELECT 1 FROM "ComiteCycles" WHERE "Id" = cycle AND "Status" = 'closed') $$;
            """);
        foreach (var (table, cycleOf) in Tables)
        {
            var function = TriggerName(table, "guard");
            migration.Sql($"""
                CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
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
                CREATE TRIGGER {function} BEFORE INSERT OR UPDATE OR DELETE ON "{table}"
                    FOR EACH ROW EXECUTE FUNCTION {function}();
                """);
        }
        var cycles = TriggerName("ComiteCycles", "guard");
        migration.Sql($"""
            CREATE FUNCTION {cycles}() RETURNS trigger LANGUAGE plpgsql AS $$
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
            CREATE TRIGGER {cycles} BEFORE UPDATE OR DELETE ON "ComiteCycles" FOR EACH ROW EXECUTE FUNCTION {cycles}();
            """);
    }

    public static void DropPostgres(MigrationBuilder migration)
    {
        foreach (var table in Tables.Select(t => t.Table).Append("ComiteCycles"))
        {
            var function = TriggerName(table, "guard");
            migration.Sql($"DROP TRIGGER IF EXISTS {function} ON \"{table}\"; DROP FUNCTION IF EXISTS {function}();");
        }
        migration.Sql("DROP FUNCTION IF EXISTS closed_year_is_closed(integer);");
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
