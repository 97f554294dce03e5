using Microsoft.EntityFrameworkCore.Migrations;
using Diagnostic.Data.Partners;

namespace Diagnostic.Data.Plans;

/// <summary>
/// The data half of the ActivityPorteurs migration: the porteur of an activité becomes a choice among the démarche's
/// organisations, so every activité still naming its porteur only as typed text (written after the Organisations
/// migration, or by a seeder) now points to the directory entry of that name (any case), an entry serving the comité's
/// territory being created for each name the directory lacks. Rows already linked are left as they are. Kept out of the
/// generated migration, which may be regenerated; plain SQL both providers read, with no user input in it.
/// </summary>
public static class PorteurBackfill
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        OrganisationBackfill.CreateMissing(migrationBuilder, DateTimeOffset.UtcNow, """
            SELECT TRIM(a."LeadOrganisation") AS "Name", 'communautaire' AS "Network", ter."Code" AS "Served"
            FROM "Actions" a
            JOIN "ChosenTargets" ct ON ct."Id" = a."TargetId"
            JOIN "ComiteCycles" y ON y."Id" = ct."CycleId"
            JOIN "Comites" c ON c."Id" = y."ComiteId"
            JOIN "Territories" ter ON ter."Id" = c."TerritoryId"
            WHERE a."LeadPartnerId" IS NULL AND TRIM(a."LeadOrganisation") <> ''
            """);
        migrationBuilder.Sql(OrganisationBackfill.Link("Actions", "LeadPartnerId", "LeadOrganisation") + """ AND "LeadPartnerId" IS NULL""");
        // The name shown with an activité is its directory entry's, as the form now writes it.
        migrationBuilder.Sql("""
            UPDATE "Actions" SET "LeadOrganisation" = (SELECT o."Name" FROM "PartnerOrganisations" o WHERE o."Id" = "Actions"."LeadPartnerId")
            WHERE "LeadPartnerId" IS NOT NULL
            """);
    }
}
