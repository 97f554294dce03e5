using Diagnostic.Core.Questionnaires;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Diagnostic.Data.Configurations;

/// <summary>Stores an audience with the format's codes: citizen, partner.</summary>
internal sealed class AudienceConverter() : ValueConverter<Audience, string>(
    value => value.ToCode(),
    code => Parse(code))
{
    private static Audience Parse(string code) =>
        AudienceCodes.TryParse(code, out var audience)
            ? audience
            : throw new InvalidOperationException($"Unknown audience code '{code}' in the database.");
}
