using Microsoft.EntityFrameworkCore.Migrations;

namespace Diagnostic.Data.Plans;

/// <summary>
/// The data half of carried history: activités carried forward before commitments and progress entries had their own
/// link got copies of them without one. Each such copy now points to the row of the original activité it repeats (same
/// partner and contribution, or same date, text and time stamp), and a copied commitment takes its original's directory
/// entry when it lacks one. Rows with no identical original stay unlinked. Kept out of the generated migration, which may
/// be regenerated; plain SQL both providers read, with no user input in it.
/// </summary>
public static class CarriedHistoryBackfill
{
    private const string CopyOfCarried = """
        EXISTS (SELECT 1 FROM "Actions" a WHERE a."Id" = {0}."ActionId" AND a."CarriedFromId" IS NOT NULL)
        """;

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            UPDATE "ActionCommitments" SET "CarriedFromId" = (
                SELECT MIN(o."Id") FROM "ActionCommitments" o JOIN "Actions" a ON a."CarriedFromId" = o."ActionId"
                WHERE a."Id" = "ActionCommitments"."ActionId" AND o."PartnerName" = "ActionCommitments"."PartnerName"
                  AND o."People" = "ActionCommitments"."People" AND o."Space" = "ActionCommitments"."Space"
                  AND COALESCE(o."Money", '') = COALESCE("ActionCommitments"."Money", '') AND o."ByCitizens" = "ActionCommitments"."ByCitizens")
            WHERE "CarriedFromId" IS NULL AND {string.Format(CopyOfCarried, "\"ActionCommitments\"")}
            """);
        migrationBuilder.Sql("""
            UPDATE "ActionCommitments" SET "OrganisationId" = (
                SELECT o."OrganisationId" FROM "ActionCommitments" o WHERE o."Id" = "ActionCommitments"."CarriedFromId")
            WHERE "OrganisationId" IS NULL AND "CarriedFromId" IS NOT NULL
            """);
        migrationBuilder.Sql($"""
            UPDATE "ActionProgress" SET "CarriedFromId" = (
                SELECT MIN(o."Id") FROM "ActionProgress" o JOIN "Actions" a ON a."CarriedFromId" = o."ActionId"
                WHERE a."Id" = "ActionProgress"."ActionId" AND o."Date" = "ActionProgress"."Date" AND o."Text" = "ActionProgress"."Text"
                  AND o."RecordedAt" = "ActionProgress"."RecordedAt")
            WHERE "CarriedFromId" IS NULL AND {string.Format(CopyOfCarried, "\"ActionProgress\"")}
            """);
    }
}
