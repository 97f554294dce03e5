using Diagnostic.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data;

/// <summary>
/// The same model on PostgreSQL, with its own migrations (Migrations/Postgres), as EF's "migrations with multiple
/// providers" pattern asks. Registered as <see cref="DiagnosticDbContext"/>, so no consumer knows the provider.
/// </summary>
public sealed class PostgresDiagnosticDbContext(DbContextOptions<PostgresDiagnosticDbContext> options)
    : DiagnosticDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Npgsql writes only UTC instants to timestamptz; the app hands it Québec offsets too. Same instant either way,
        // and every page converts to Québec time before showing it.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
