using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Diagnostic.Data.Configurations;

/// <summary>PostgreSQL only: the same instant, with offset zero, as Npgsql requires for timestamptz.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);

/// <summary>
/// PostgreSQL only: the model's DateTime columns hold UTC (AuditEntry.AtUtc); a value read back from a form has no
/// kind, and Npgsql refuses an unmarked DateTime for timestamptz, so it is marked UTC as SQLite would have stored it.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => value);
