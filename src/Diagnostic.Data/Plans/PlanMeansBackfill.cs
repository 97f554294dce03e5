using Microsoft.EntityFrameworkCore.Migrations;

namespace Diagnostic.Data.Plans;

/// <summary>
/// Today's flat actions become activités of the plan objectif → moyens → activités: each action gets a moyen of its
/// own under its cible, worded by its « moyens » text (its title when empty), with its period and its number, and
/// becomes activité 1 of it. Status, commitments, progress log and carry-forward stay on the action row itself.
/// The moyen takes the action's id, so no extra column is needed to link them; PostgreSQL's identity then moves past
/// them (SQLite's AUTOINCREMENT does so by itself). Kept out of the generated migration, which may be regenerated.
/// </summary>
public static class PlanMeansBackfill
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            INSERT INTO "PlanMeans" ("Id", "TargetId", "Order", "Wording", "StartDate", "DueDate", "PeriodLabel")
            SELECT "Id", "TargetId", "Order", CASE WHEN "Means" = '' THEN "Title" ELSE "Means" END, "StartDate", "DueDate", "PeriodLabel"
            FROM "Actions";
            """);
        migrationBuilder.Sql("""UPDATE "Actions" SET "PlanMeansId" = "Id", "Order" = 1;""");
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            migrationBuilder.Sql("""
                SELECT setval(pg_get_serial_sequence('"PlanMeans"', 'Id'), COALESCE((SELECT MAX("Id") FROM "PlanMeans"), 0) + 1, false);
                """);
    }
}
