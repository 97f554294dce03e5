using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diagnostic.Data.Migrations
{
    /// <inheritdoc />
    public partial class Comite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Comites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Comites_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComiteCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    YearLabel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComiteCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComiteCycles_Comites_ComiteId",
                        column: x => x.ComiteId,
                        principalTable: "Comites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComiteVoterTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComiteVoterTypes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComiteVoterTypes_Comites_ComiteId",
                        column: x => x.ComiteId,
                        principalTable: "Comites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Seances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Seances_ComiteCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ComiteCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComiteMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VoterTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComiteMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComiteMembers_ComiteVoterTypes_VoterTypeId",
                        column: x => x.VoterTypeId,
                        principalTable: "ComiteVoterTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComiteMembers_Comites_ComiteId",
                        column: x => x.ComiteId,
                        principalTable: "Comites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SeanceId = table.Column<int>(type: "INTEGER", nullable: true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Neighbourhood = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DimensionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDefi = table.Column<bool>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Diff = table.Column<double>(type: "REAL", nullable: true),
                    Q = table.Column<double>(type: "REAL", nullable: true),
                    N = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateTargets_ComiteCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ComiteCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CandidateTargets_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CandidateTargets_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VotingRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DotBudget = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousRoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    WeightImportance = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightUrgency = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightFeasibility = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightMobilisation = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightEquity = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightCoherence = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VotingRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VotingRounds_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VotingRounds_VotingRounds_PreviousRoundId",
                        column: x => x.PreviousRoundId,
                        principalTable: "VotingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChosenTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Neighbourhoods = table.Column<string>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeanceId = table.Column<int>(type: "INTEGER", nullable: true),
                    IndicatorSessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    IndicatorAudience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IndicatorLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IndicatorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndicatorNeighbourhood = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BaselineValue = table.Column<double>(type: "REAL", nullable: true),
                    BaselineN = table.Column<int>(type: "INTEGER", nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TargetValue = table.Column<double>(type: "REAL", nullable: true),
                    Horizon = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartureReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChosenTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChosenTargets_CandidateTargets_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "CandidateTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ChosenTargets_ComiteCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ComiteCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChosenTargets_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ChosenTargets_Sessions_IndicatorSessionId",
                        column: x => x.IndicatorSessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    VoterTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ballots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ballots_ComiteMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "ComiteMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ballots_ComiteVoterTypes_VoterTypeId",
                        column: x => x.VoterTypeId,
                        principalTable: "ComiteVoterTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ballots_VotingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "VotingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperDotCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: false),
                    VoterTypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Dots = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    KeyedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperDotCounts", x => x.Id);
                    table.CheckConstraint("CK_PaperDotCounts_Dots", "\"Dots\" >= 0");
                    table.ForeignKey(
                        name: "FK_PaperDotCounts_CandidateTargets_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "CandidateTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaperDotCounts_ComiteVoterTypes_VoterTypeId",
                        column: x => x.VoterTypeId,
                        principalTable: "ComiteVoterTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaperDotCounts_VotingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "VotingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VotingRoundCandidates",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VotingRoundCandidates", x => new { x.RoundId, x.CandidateId });
                    table.ForeignKey(
                        name: "FK_VotingRoundCandidates_CandidateTargets_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "CandidateTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VotingRoundCandidates_VotingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "VotingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotLines",
                columns: table => new
                {
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dots = table.Column<int>(type: "INTEGER", nullable: false),
                    Importance = table.Column<int>(type: "INTEGER", nullable: true),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: true),
                    Feasibility = table.Column<int>(type: "INTEGER", nullable: true),
                    Mobilisation = table.Column<int>(type: "INTEGER", nullable: true),
                    Equity = table.Column<int>(type: "INTEGER", nullable: true),
                    Coherence = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotLines", x => new { x.BallotId, x.CandidateId });
                    table.CheckConstraint("CK_BallotLines_Coherence", "\"Coherence\" IS NULL OR \"Coherence\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_BallotLines_Dots", "\"Dots\" >= 0");
                    table.CheckConstraint("CK_BallotLines_Equity", "\"Equity\" IS NULL OR \"Equity\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_BallotLines_Feasibility", "\"Feasibility\" IS NULL OR \"Feasibility\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_BallotLines_Importance", "\"Importance\" IS NULL OR \"Importance\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_BallotLines_Mobilisation", "\"Mobilisation\" IS NULL OR \"Mobilisation\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_BallotLines_Urgency", "\"Urgency\" IS NULL OR \"Urgency\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_BallotLines_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BallotLines_CandidateTargets_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "CandidateTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BallotLines_CandidateId",
                table: "BallotLines",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_MemberId",
                table: "Ballots",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_RoundId_MemberId",
                table: "Ballots",
                columns: new[] { "RoundId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_VoterTypeId",
                table: "Ballots",
                column: "VoterTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateTargets_CycleId_Order",
                table: "CandidateTargets",
                columns: new[] { "CycleId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateTargets_SeanceId",
                table: "CandidateTargets",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateTargets_SessionId",
                table: "CandidateTargets",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ChosenTargets_CandidateId",
                table: "ChosenTargets",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_ChosenTargets_CycleId_Order",
                table: "ChosenTargets",
                columns: new[] { "CycleId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ChosenTargets_IndicatorSessionId",
                table: "ChosenTargets",
                column: "IndicatorSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ChosenTargets_SeanceId",
                table: "ChosenTargets",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_ComiteCycles_ComiteId_YearLabel",
                table: "ComiteCycles",
                columns: new[] { "ComiteId", "YearLabel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComiteMembers_ComiteId_UserId",
                table: "ComiteMembers",
                columns: new[] { "ComiteId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComiteMembers_UserId",
                table: "ComiteMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ComiteMembers_VoterTypeId",
                table: "ComiteMembers",
                column: "VoterTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Comites_TerritoryId",
                table: "Comites",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ComiteVoterTypes_ComiteId_Code",
                table: "ComiteVoterTypes",
                columns: new[] { "ComiteId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperDotCounts_CandidateId",
                table: "PaperDotCounts",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperDotCounts_RoundId_CandidateId_VoterTypeId",
                table: "PaperDotCounts",
                columns: new[] { "RoundId", "CandidateId", "VoterTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperDotCounts_VoterTypeId",
                table: "PaperDotCounts",
                column: "VoterTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Seances_CycleId",
                table: "Seances",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingRoundCandidates_CandidateId",
                table: "VotingRoundCandidates",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingRounds_PreviousRoundId",
                table: "VotingRounds",
                column: "PreviousRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingRounds_SeanceId",
                table: "VotingRounds",
                column: "SeanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BallotLines");

            migrationBuilder.DropTable(
                name: "ChosenTargets");

            migrationBuilder.DropTable(
                name: "PaperDotCounts");

            migrationBuilder.DropTable(
                name: "VotingRoundCandidates");

            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "CandidateTargets");

            migrationBuilder.DropTable(
                name: "ComiteMembers");

            migrationBuilder.DropTable(
                name: "VotingRounds");

            migrationBuilder.DropTable(
                name: "ComiteVoterTypes");

            migrationBuilder.DropTable(
                name: "Seances");

            migrationBuilder.DropTable(
                name: "ComiteCycles");

            migrationBuilder.DropTable(
                name: "Comites");
        }
    }
}
