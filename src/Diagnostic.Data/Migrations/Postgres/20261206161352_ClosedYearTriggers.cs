using Diagnostic.Data.Comites;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diagnostic.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClosedYearTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            ClosedYearGuard.CreatePostgres(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ClosedYearGuard.DropPostgres(migrationBuilder);
        }
    }
}
