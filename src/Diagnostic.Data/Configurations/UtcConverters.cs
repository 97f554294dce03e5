using Diagnostic.Data.Collectes;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Diagnostic.Data.Configurations;

/// <summary>
/// PostgreSQL only: written as the same instant with offset zero, as Npgsql requires for timestamptz; read back in
/// Québec time, the offset the app writes (QuebecDates) and exchange files carry, so exports match SQLite's.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => TimeZoneInfo.ConvertTime(value, QuebecDates.Zone));

/// <summary>
/// PostgreSQL only: the model's DateTime columns hold UTC (AuditEntry.AtUtc); a value read back from a form has no
/// kind, and Npgsql refuses an unmarked DateTime for timestamptz, so it is marked UTC as SQLite would have stored it.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => value);
