using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Diagnostic.Data.Configurations;

/// <summary>Stores an enum as its lowercase name ("draft", "submitted") so raw SQL and exports stay readable.</summary>
internal sealed class LowercaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToLowerInvariant(),
    text => Enum.Parse<TEnum>(text, true))
    where TEnum : struct, Enum
{
    public static string Code(TEnum value) => value.ToString().ToLowerInvariant();
}
