using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diagnostic.Data.Migrations
{
    /// <inheritdoc />
    public partial class Exchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Responses_PublicId",
                table: "Responses");

            migrationBuilder.CreateTable(
                name: "PartnerOrganisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Network = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NeighbourhoodsServed = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerOrganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PortraitArchives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    MinCell = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseCount = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionnaireHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortraitArchives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PortraitArchives_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UsedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ResponseId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerInvitations_PartnerOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerInvitations_Responses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "Responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnerInvitations_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Responses_SessionId_PublicId",
                table: "Responses",
                columns: new[] { "SessionId", "PublicId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerInvitations_CodeHash",
                table: "PartnerInvitations",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerInvitations_OrganisationId",
                table: "PartnerInvitations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerInvitations_ResponseId",
                table: "PartnerInvitations",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerInvitations_SessionId",
                table: "PartnerInvitations",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrganisations_Name",
                table: "PartnerOrganisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PortraitArchives_SessionId",
                table: "PortraitArchives",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerInvitations");

            migrationBuilder.DropTable(
                name: "PortraitArchives");

            migrationBuilder.DropTable(
                name: "PartnerOrganisations");

            migrationBuilder.DropIndex(
                name: "IX_Responses_SessionId_PublicId",
                table: "Responses");

            migrationBuilder.CreateIndex(
                name: "IX_Responses_PublicId",
                table: "Responses",
                column: "PublicId",
                unique: true);
        }
    }
}
