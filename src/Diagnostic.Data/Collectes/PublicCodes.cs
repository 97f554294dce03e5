using System.Text.RegularExpressions;

namespace Diagnostic.Data.Collectes;

/// <summary>
/// A collecte's public code goes into /s/{code}, onto posters and into QR codes: lowercase letters, digits and
/// inner dashes only, 3 to 40 characters, so it survives being typed from paper and needs no URL encoding.
/// </summary>
public static partial class PublicCodes
{
    public const int MinLength = 3;
    public const int MaxLength = 40;

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$")]
    private static partial Regex Pattern();
}
