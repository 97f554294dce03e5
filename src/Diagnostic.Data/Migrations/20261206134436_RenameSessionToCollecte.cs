using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diagnostic.Data.Migrations
{
    /// <summary>
    /// One word per concept: the schema says Collecte where it said Session. Tables and columns are renamed in place
    /// (SQLite rewrites the foreign keys that point at them), so no row is copied and nothing is lost.
    /// </summary>
    public partial class RenameSessionToCollecte : Migration
    {
        private static readonly (string Table, string Old, string New)[] Columns =
        [
            ("CollecteNeighbourhoods", "SessionId", "CollecteId"),
            ("CollecteOrganizers", "SessionId", "CollecteId"),
            ("Responses", "SessionId", "CollecteId"),
            ("PortraitArchives", "SessionId", "CollecteId"),
            ("PartnerInvitations", "SessionId", "CollecteId"),
            ("CandidateTargets", "SessionId", "CollecteId"),
            ("ChosenTargets", "IndicatorSessionId", "IndicatorCollecteId"),
            ("TargetReviews", "AfterSessionId", "AfterCollecteId"),
        ];

        // SQLite cannot rename an index: each is dropped and made again under its new name (columns already renamed).
        private static readonly (string Table, string Old, string New, string[] Columns, bool Unique)[] Indexes =
        [
            ("Collectes", "IX_Sessions_PublicCode", "IX_Collectes_PublicCode", ["PublicCode"], true),
            ("Collectes", "IX_Sessions_SnapshotId", "IX_Collectes_SnapshotId", ["SnapshotId"], false),
            ("Collectes", "IX_Sessions_TerritoryId", "IX_Collectes_TerritoryId", ["TerritoryId"], false),
            ("CollecteNeighbourhoods", "IX_SessionNeighbourhoods_TerritoryId", "IX_CollecteNeighbourhoods_TerritoryId", ["TerritoryId"], false),
            ("CollecteOrganizers", "IX_SessionOrganizers_UserId", "IX_CollecteOrganizers_UserId", ["UserId"], false),
            ("Responses", "IX_Responses_SessionId_PublicId", "IX_Responses_CollecteId_PublicId", ["CollecteId", "PublicId"], true),
            ("Responses", "IX_Responses_SessionId_Status", "IX_Responses_CollecteId_Status", ["CollecteId", "Status"], false),
            ("PortraitArchives", "IX_PortraitArchives_SessionId", "IX_PortraitArchives_CollecteId", ["CollecteId"], false),
            ("PartnerInvitations", "IX_PartnerInvitations_SessionId", "IX_PartnerInvitations_CollecteId", ["CollecteId"], false),
            ("CandidateTargets", "IX_CandidateTargets_SessionId", "IX_CandidateTargets_CollecteId", ["CollecteId"], false),
            ("ChosenTargets", "IX_ChosenTargets_IndicatorSessionId", "IX_ChosenTargets_IndicatorCollecteId", ["IndicatorCollecteId"], false),
            ("TargetReviews", "IX_TargetReviews_AfterSessionId", "IX_TargetReviews_AfterCollecteId", ["AfterCollecteId"], false),
        ];

        private static readonly (string Old, string New)[] Tables =
        [
            ("Sessions", "Collectes"),
            ("SessionNeighbourhoods", "CollecteNeighbourhoods"),
            ("SessionOrganizers", "CollecteOrganizers"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (old, @new) in Tables) migrationBuilder.RenameTable(name: old, newName: @new);
            foreach (var (table, old, @new) in Columns) migrationBuilder.RenameColumn(name: old, table: table, newName: @new);
            foreach (var (table, old, @new, columns, unique) in Indexes)
            {
                migrationBuilder.DropIndex(name: old, table: table);
                migrationBuilder.CreateIndex(name: @new, table: table, columns: columns, unique: unique);
            }

            // The audit log names what it acted on; its past entries follow the new word too.
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"Action\" = 'collecte.' || substr(\"Action\", 9) WHERE \"Action\" LIKE 'session.%';");
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"TargetType\" = 'collecte' WHERE \"TargetType\" = 'session';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"TargetType\" = 'session' WHERE \"TargetType\" = 'collecte';");
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"Action\" = 'session.' || substr(\"Action\", 10) WHERE \"Action\" LIKE 'collecte.%';");

            foreach (var (table, old, @new, columns, unique) in Enumerable.Reverse(Indexes))
            {
                migrationBuilder.DropIndex(name: @new, table: table);
                migrationBuilder.CreateIndex(name: old, table: table, columns: columns, unique: unique);
            }
            foreach (var (table, old, @new) in Enumerable.Reverse(Columns)) migrationBuilder.RenameColumn(name: @new, table: table, newName: old);
            foreach (var (old, @new) in Enumerable.Reverse(Tables)) migrationBuilder.RenameTable(name: @new, newName: old);
        }
    }
}
