using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Diagnostic.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Organisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComiteMembers_ComiteId_UserId",
                table: "ComiteMembers");

            migrationBuilder.AddColumn<string>(
                name: "Agenda",
                table: "Seances",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "CitizenCount",
                table: "Seances",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForumCode",
                table: "Seances",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "PartnerOrganisations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContactPerson",
                table: "PartnerOrganisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "PartnerOrganisations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "JoinedAt",
                table: "PartnerOrganisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShareContact",
                table: "PartnerOrganisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ShareContactAt",
                table: "PartnerOrganisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawTokenHash",
                table: "PartnerOrganisations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Comites",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Mandate",
                table: "Comites",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "UserId",
                table: "ComiteMembers",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(450)",
                oldMaxLength: 450);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "ComiteMembers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "ComiteMembers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "ComiteMembers",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "ActionCommitments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ForumEnjeux",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    Table = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CardId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumEnjeux", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumEnjeux_CandidateTargets_CardId",
                        column: x => x.CardId,
                        principalTable: "CandidateTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ForumEnjeux_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipInvitations_PartnerOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeanceAttendance",
                columns: table => new
                {
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeanceAttendance", x => new { x.SeanceId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_SeanceAttendance_PartnerOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeanceAttendance_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeanceDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TargetId = table.Column<int>(type: "integer", nullable: true),
                    ActionId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeanceDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeanceDecisions_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SeanceDecisions_ChosenTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "ChosenTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SeanceDecisions_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Seances_ForumCode",
                table: "Seances",
                column: "ForumCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrganisations_WithdrawTokenHash",
                table: "PartnerOrganisations",
                column: "WithdrawTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComiteMembers_ComiteId_UserId",
                table: "ComiteMembers",
                columns: new[] { "ComiteId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ComiteMembers_OrganisationId",
                table: "ComiteMembers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_LeadPartnerId",
                table: "Actions",
                column: "LeadPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionCommitments_OrganisationId",
                table: "ActionCommitments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ForumEnjeux_CardId",
                table: "ForumEnjeux",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_ForumEnjeux_SeanceId",
                table: "ForumEnjeux",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipInvitations_OrganisationId",
                table: "MembershipInvitations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipInvitations_TokenHash",
                table: "MembershipInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeanceAttendance_OrganisationId",
                table: "SeanceAttendance",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SeanceDecisions_ActionId",
                table: "SeanceDecisions",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_SeanceDecisions_SeanceId",
                table: "SeanceDecisions",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_SeanceDecisions_TargetId",
                table: "SeanceDecisions",
                column: "TargetId");

            migrationBuilder.AddForeignKey(
                name: "FK_ActionCommitments_PartnerOrganisations_OrganisationId",
                table: "ActionCommitments",
                column: "OrganisationId",
                principalTable: "PartnerOrganisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Actions_PartnerOrganisations_LeadPartnerId",
                table: "Actions",
                column: "LeadPartnerId",
                principalTable: "PartnerOrganisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ComiteMembers_PartnerOrganisations_OrganisationId",
                table: "ComiteMembers",
                column: "OrganisationId",
                principalTable: "PartnerOrganisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Data: kept in its own class so the migration can be regenerated.
            Diagnostic.Data.Partners.OrganisationBackfill.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ActionCommitments_PartnerOrganisations_OrganisationId",
                table: "ActionCommitments");

            migrationBuilder.DropForeignKey(
                name: "FK_Actions_PartnerOrganisations_LeadPartnerId",
                table: "Actions");

            migrationBuilder.DropForeignKey(
                name: "FK_ComiteMembers_PartnerOrganisations_OrganisationId",
                table: "ComiteMembers");

            migrationBuilder.DropTable(
                name: "ForumEnjeux");

            migrationBuilder.DropTable(
                name: "MembershipInvitations");

            migrationBuilder.DropTable(
                name: "SeanceAttendance");

            migrationBuilder.DropTable(
                name: "SeanceDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Seances_ForumCode",
                table: "Seances");

            migrationBuilder.DropIndex(
                name: "IX_PartnerOrganisations_WithdrawTokenHash",
                table: "PartnerOrganisations");

            migrationBuilder.DropIndex(
                name: "IX_ComiteMembers_ComiteId_UserId",
                table: "ComiteMembers");

            migrationBuilder.DropIndex(
                name: "IX_ComiteMembers_OrganisationId",
                table: "ComiteMembers");

            migrationBuilder.DropIndex(
                name: "IX_Actions_LeadPartnerId",
                table: "Actions");

            migrationBuilder.DropIndex(
                name: "IX_ActionCommitments_OrganisationId",
                table: "ActionCommitments");

            migrationBuilder.DropColumn(
                name: "Agenda",
                table: "Seances");

            migrationBuilder.DropColumn(
                name: "CitizenCount",
                table: "Seances");

            migrationBuilder.DropColumn(
                name: "ForumCode",
                table: "Seances");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "ContactPerson",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "JoinedAt",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "ShareContact",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "ShareContactAt",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "WithdrawTokenHash",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Comites");

            migrationBuilder.DropColumn(
                name: "Mandate",
                table: "Comites");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "ComiteMembers");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "ComiteMembers");

            migrationBuilder.DropColumn(
                name: "StartDate",
                table: "ComiteMembers");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "ActionCommitments");

            migrationBuilder.AlterColumn<string>(
                name: "UserId",
                table: "ComiteMembers",
                type: "character varying(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(450)",
                oldMaxLength: 450,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComiteMembers_ComiteId_UserId",
                table: "ComiteMembers",
                columns: new[] { "ComiteId", "UserId" },
                unique: true);
        }
    }
}
