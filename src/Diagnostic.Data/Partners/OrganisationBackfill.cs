using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Diagnostic.Data.Partners;

/// <summary>
/// The data half of the Organisations migration, kept out of the generated file so it survives a regeneration: the
/// former réseaux « institutionnel » and « privé » are split, then every organisation typed as free text (comité
/// members, action porteurs, commitments) points to the directory entry of the same name (any case), an entry being
/// created for each name the directory lacks. Plain SQL that SQLite and PostgreSQL both read; no user input in it.
/// </summary>
public static class OrganisationBackfill
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        var now = DateTimeOffset.UtcNow;
        SplitFormerNetworks(migrationBuilder);
        migrationBuilder.Sql("""UPDATE "Comites" SET "Kind" = 'orientation' WHERE "Kind" = ''""");
        // A member's voter type code names its réseau when it is one (the defaults are); otherwise communautaire.
        CreateMissing(migrationBuilder, now, """
            SELECT TRIM(m."OrganisationName") AS "Name",
                   CASE WHEN t."Code" IN ('communautaire','sante','scolaire','municipal','economique','philanthropique')
                        THEN t."Code" ELSE 'communautaire' END AS "Network",
                   ter."Code" AS "Served"
            FROM "ComiteMembers" m
            JOIN "ComiteVoterTypes" t ON t."Id" = m."VoterTypeId"
            JOIN "Comites" c ON c."Id" = m."ComiteId"
            JOIN "Territories" ter ON ter."Id" = c."TerritoryId"
            WHERE TRIM(m."OrganisationName") <> ''
            """);
        CreateMissing(migrationBuilder, now, """
            SELECT TRIM(a."LeadOrganisation") AS "Name", 'communautaire' AS "Network", ter."Code" AS "Served"
            FROM "Actions" a
            JOIN "ChosenTargets" ct ON ct."Id" = a."TargetId"
            JOIN "ComiteCycles" y ON y."Id" = ct."CycleId"
            JOIN "Comites" c ON c."Id" = y."ComiteId"
            JOIN "Territories" ter ON ter."Id" = c."TerritoryId"
            WHERE TRIM(a."LeadOrganisation") <> ''
            """);
        CreateMissing(migrationBuilder, now, """
            SELECT TRIM(k."PartnerName") AS "Name", 'communautaire' AS "Network", ter."Code" AS "Served"
            FROM "ActionCommitments" k
            JOIN "Actions" a ON a."Id" = k."ActionId"
            JOIN "ChosenTargets" ct ON ct."Id" = a."TargetId"
            JOIN "ComiteCycles" y ON y."Id" = ct."CycleId"
            JOIN "Comites" c ON c."Id" = y."ComiteId"
            JOIN "Territories" ter ON ter."Id" = c."TerritoryId"
            WHERE TRIM(k."PartnerName") <> ''
            """);
        migrationBuilder.Sql(Link("ComiteMembers", "OrganisationId", "OrganisationName"));
        migrationBuilder.Sql(Link("Actions", "LeadPartnerId", "LeadOrganisation"));
        migrationBuilder.Sql(Link("ActionCommitments", "OrganisationId", "PartnerName"));
        // Seats existing before seats had dates began, at the latest, with the comité's first séance.
        migrationBuilder.Sql($"""
            UPDATE "ComiteMembers" SET "StartDate" = COALESCE(
                (SELECT MIN(s."Date") FROM "Seances" s JOIN "ComiteCycles" y ON y."Id" = s."CycleId" WHERE y."ComiteId" = "ComiteMembers"."ComiteId"),
                '{now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')
            """);
    }

    /// <summary>
    /// « privé » becomes développement économique; « institutionnel » becomes scolaire or municipal when its name says
    /// so, santé et services sociaux otherwise (the CLSC, CSSS or CISSS most comités counted as « institutionnel »).
    /// </summary>
    private static void SplitFormerNetworks(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""UPDATE "PartnerOrganisations" SET "Network" = 'economique' WHERE "Network" = 'prive'""");
        migrationBuilder.Sql("""
            UPDATE "PartnerOrganisations" SET "Network" = 'scolaire' WHERE "Network" = 'institutionnel' AND (
                LOWER("Name") LIKE '%scolaire%' OR LOWER("Name") LIKE '%école%' OR LOWER("Name") LIKE '%ecole%'
                OR LOWER("Name") LIKE '%cégep%' OR LOWER("Name") LIKE '%cegep%' OR LOWER("Name") LIKE '%université%')
            """);
        migrationBuilder.Sql("""
            UPDATE "PartnerOrganisations" SET "Network" = 'municipal' WHERE "Network" = 'institutionnel' AND (
                LOWER("Name") LIKE '%ville%' OR LOWER("Name") LIKE '%municipalit%' OR LOWER("Name") LIKE '%mrc%')
            """);
        migrationBuilder.Sql("""UPDATE "PartnerOrganisations" SET "Network" = 'sante' WHERE "Network" = 'institutionnel'""");
    }

    /// <summary>One directory entry per name (any case) of the source that the directory lacks, serving the comité's territory.</summary>
    internal static void CreateMissing(MigrationBuilder migrationBuilder, DateTimeOffset now, string source)
    {
        var stamp = now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
        migrationBuilder.Sql($"""
            INSERT INTO "PartnerOrganisations" ("Name", "Network", "Sector", "NeighbourhoodsServed", "CreatedAt",
                "ContactPerson", "ContactEmail", "ContactPhone", "ShareContact")
            SELECT MIN(src."Name"), MIN(src."Network"), NULL, MIN(src."Served"), '{stamp}', '', '', '', {False(migrationBuilder)}
            FROM ({source}) src
            WHERE NOT EXISTS (SELECT 1 FROM "PartnerOrganisations" o WHERE LOWER(o."Name") = LOWER(src."Name"))
            GROUP BY LOWER(src."Name")
            """);
    }

    internal static string Link(string table, string idColumn, string nameColumn) => $"""
        UPDATE "{table}" SET "{idColumn}" = (
            SELECT MIN(o."Id") FROM "PartnerOrganisations" o WHERE LOWER(o."Name") = LOWER(TRIM("{table}"."{nameColumn}")))
        WHERE TRIM("{nameColumn}") <> ''
        """;

    private static string False(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true ? "FALSE" : "0";
}
