using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Diagnostic.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DiagnosticDbContext>
{
    public DiagnosticDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DiagnosticDbContext>();
        DiagnosticDatabase.Configure(options, "Data Source=design-time.db");
        return new DiagnosticDbContext(options.Options);
    }
}

/// <summary>
/// `dotnet ef migrations add X --context PostgresDiagnosticDbContext --output-dir Migrations/Postgres`: adding a
/// migration reads no server, so the connection string only has to parse.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresDiagnosticDbContext>
{
    public PostgresDiagnosticDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresDiagnosticDbContext>();
        DiagnosticDatabase.ConfigurePostgres(options, "Host=localhost;Database=diagnostic_design_time");
        return new PostgresDiagnosticDbContext(options.Options);
    }
}
