using System.Security.Cryptography;

namespace Diagnostic.Web.Pages.Comite.Forum;

/// <summary>
/// The code a forum's tables type on their phones: six letters and digits without look-alikes (no 0/O, 1/I/L), read
/// aloud or written on the board. 31^6 ≈ 887 million codes, and the entry page is rate limited, so guessing one is idle.
/// </summary>
public static class ForumCode
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static string New() => string.Concat(Enumerable.Range(0, Length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));

    /// <summary>What a table typed, as stored: upper case, spaces and dashes dropped.</summary>
    public static string Normalize(string? typed) =>
        string.Concat((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();
}
