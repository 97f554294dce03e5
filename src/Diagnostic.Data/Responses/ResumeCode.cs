using System.Security.Cryptography;
using System.Text;

namespace Diagnostic.Data.Responses;

/// <summary>
/// The short code a person writes down to finish a questionnaire later. Only its hash is stored.
/// The alphabet leaves out characters people confuse (0/O, 1/I/L).
/// </summary>
public static class ResumeCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Uppercases and drops spaces and dashes; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null) return null;
        var code = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>Salted with the collecte so the same code in two collectes hashes differently.</summary>
    public static string Hash(int collecteId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{collecteId}:{code}")));

    /// <summary>"ABCD EFGH": two groups of four are easier to copy.</summary>
    public static string Display(string code) => $"{code[..4]} {code[4..]}";
}
