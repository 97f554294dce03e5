using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diagnostic.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActivityPorteurs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CarriedFromId",
                table: "ActionProgress",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarriedFromId",
                table: "ActionCommitments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionProgress_CarriedFromId",
                table: "ActionProgress",
                column: "CarriedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionCommitments_CarriedFromId",
                table: "ActionCommitments",
                column: "CarriedFromId");

            migrationBuilder.AddForeignKey(
                name: "FK_ActionCommitments_ActionCommitments_CarriedFromId",
                table: "ActionCommitments",
                column: "CarriedFromId",
                principalTable: "ActionCommitments",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ActionProgress_ActionProgress_CarriedFromId",
                table: "ActionProgress",
                column: "CarriedFromId",
                principalTable: "ActionProgress",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            Diagnostic.Data.Plans.PorteurBackfill.Up(migrationBuilder);
            Diagnostic.Data.Plans.CarriedHistoryBackfill.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ActionCommitments_ActionCommitments_CarriedFromId",
                table: "ActionCommitments");

            migrationBuilder.DropForeignKey(
                name: "FK_ActionProgress_ActionProgress_CarriedFromId",
                table: "ActionProgress");

            migrationBuilder.DropIndex(
                name: "IX_ActionProgress_CarriedFromId",
                table: "ActionProgress");

            migrationBuilder.DropIndex(
                name: "IX_ActionCommitments_CarriedFromId",
                table: "ActionCommitments");

            migrationBuilder.DropColumn(
                name: "CarriedFromId",
                table: "ActionProgress");

            migrationBuilder.DropColumn(
                name: "CarriedFromId",
                table: "ActionCommitments");
        }
    }
}
