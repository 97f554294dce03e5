using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diagnostic.Data.Migrations
{
    /// <inheritdoc />
    public partial class TerritoryData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CollecteCensuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CollecteId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Csv = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollecteCensuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollecteCensuses_Collectes_CollecteId",
                        column: x => x.CollecteId,
                        principalTable: "Collectes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NeighbourhoodBoundaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    GeoJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeighbourhoodBoundaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NeighbourhoodBoundaries_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TerritoryIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerritoryIndicators_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollecteCensuses_CollecteId",
                table: "CollecteCensuses",
                column: "CollecteId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourhoodBoundaries_TerritoryId",
                table: "NeighbourhoodBoundaries",
                column: "TerritoryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerritoryIndicators_TerritoryId_Indicator",
                table: "TerritoryIndicators",
                columns: new[] { "TerritoryId", "Indicator" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CollecteCensuses");

            migrationBuilder.DropTable(
                name: "NeighbourhoodBoundaries");

            migrationBuilder.DropTable(
                name: "TerritoryIndicators");
        }
    }
}
