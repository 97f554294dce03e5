using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Diagnostic.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DemarchePlanCarryForward : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FocusTerritoryId",
                table: "ComiteCycles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarriedFromId",
                table: "ChosenTargets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarriedFromId",
                table: "Actions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlanMeansId",
                table: "Actions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresCitizens",
                table: "Actions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ByCitizens",
                table: "ActionCommitments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Demarches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CoordinatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublicIntro = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Demarches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Demarches_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanAdoptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAdoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanAdoptions_ComiteCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ComiteCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanAdoptions_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanMeans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Wording = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMeans", x => x.Id);
                    table.CheckConstraint("CK_PlanMeans_DueNotBeforeStart", "\"DueDate\" >= \"StartDate\"");
                    table.ForeignKey(
                        name: "FK_PlanMeans_ChosenTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "ChosenTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComiteCycles_FocusTerritoryId",
                table: "ComiteCycles",
                column: "FocusTerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ChosenTargets_CarriedFromId",
                table: "ChosenTargets",
                column: "CarriedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_CarriedFromId",
                table: "Actions",
                column: "CarriedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_PlanMeansId",
                table: "Actions",
                column: "PlanMeansId");

            migrationBuilder.CreateIndex(
                name: "IX_Demarches_TerritoryId",
                table: "Demarches",
                column: "TerritoryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanAdoptions_CycleId_Version",
                table: "PlanAdoptions",
                columns: new[] { "CycleId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanAdoptions_SeanceId",
                table: "PlanAdoptions",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeans_TargetId_Order",
                table: "PlanMeans",
                columns: new[] { "TargetId", "Order" });

            migrationBuilder.AddForeignKey(
                name: "FK_Actions_Actions_CarriedFromId",
                table: "Actions",
                column: "CarriedFromId",
                principalTable: "Actions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Actions_PlanMeans_PlanMeansId",
                table: "Actions",
                column: "PlanMeansId",
                principalTable: "PlanMeans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ChosenTargets_ChosenTargets_CarriedFromId",
                table: "ChosenTargets",
                column: "CarriedFromId",
                principalTable: "ChosenTargets",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ComiteCycles_Territories_FocusTerritoryId",
                table: "ComiteCycles",
                column: "FocusTerritoryId",
                principalTable: "Territories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Data: kept in its own class so the migration can be regenerated.
            Diagnostic.Data.Plans.PlanMeansBackfill.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Actions_Actions_CarriedFromId",
                table: "Actions");

            migrationBuilder.DropForeignKey(
                name: "FK_Actions_PlanMeans_PlanMeansId",
                table: "Actions");

            migrationBuilder.DropForeignKey(
                name: "FK_ChosenTargets_ChosenTargets_CarriedFromId",
                table: "ChosenTargets");

            migrationBuilder.DropForeignKey(
                name: "FK_ComiteCycles_Territories_FocusTerritoryId",
                table: "ComiteCycles");

            migrationBuilder.DropTable(
                name: "Demarches");

            migrationBuilder.DropTable(
                name: "PlanAdoptions");

            migrationBuilder.DropTable(
                name: "PlanMeans");

            migrationBuilder.DropIndex(
                name: "IX_ComiteCycles_FocusTerritoryId",
                table: "ComiteCycles");

            migrationBuilder.DropIndex(
                name: "IX_ChosenTargets_CarriedFromId",
                table: "ChosenTargets");

            migrationBuilder.DropIndex(
                name: "IX_Actions_CarriedFromId",
                table: "Actions");

            migrationBuilder.DropIndex(
                name: "IX_Actions_PlanMeansId",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "FocusTerritoryId",
                table: "ComiteCycles");

            migrationBuilder.DropColumn(
                name: "CarriedFromId",
                table: "ChosenTargets");

            migrationBuilder.DropColumn(
                name: "CarriedFromId",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "PlanMeansId",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "RequiresCitizens",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "ByCitizens",
                table: "ActionCommitments");
        }
    }
}
