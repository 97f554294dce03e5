using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diagnostic.Data.Migrations
{
    /// <inheritdoc />
    public partial class Bilan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Means = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Resources = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LeadOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadPartnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodLabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InternalNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actions", x => x.Id);
                    table.CheckConstraint("CK_Actions_DueNotBeforeStart", "\"DueDate\" >= \"StartDate\"");
                    table.ForeignKey(
                        name: "FK_Actions_ChosenTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "ChosenTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublicText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    AfterSessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetReviews_ChosenTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "ChosenTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TargetReviews_Sessions_AfterSessionId",
                        column: x => x.AfterSessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ActionCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    People = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Money = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Space = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionCommitments_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionProgress_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionCommitments_ActionId",
                table: "ActionCommitments",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionProgress_ActionId_Date",
                table: "ActionProgress",
                columns: new[] { "ActionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_TargetId_Order",
                table: "Actions",
                columns: new[] { "TargetId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetReviews_AfterSessionId",
                table: "TargetReviews",
                column: "AfterSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetReviews_TargetId",
                table: "TargetReviews",
                column: "TargetId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionCommitments");

            migrationBuilder.DropTable(
                name: "ActionProgress");

            migrationBuilder.DropTable(
                name: "TargetReviews");

            migrationBuilder.DropTable(
                name: "Actions");
        }
    }
}
