using System.Security.Cryptography;
using System.Text;
using Diagnostic.Data.Responses;

namespace Diagnostic.Data.Partners;

/// <summary>
/// A partner's single-use invitation code: 10 characters of the resume-code alphabet (about 10^15 possibilities),
/// shown once to the organizer; only its hash, salted with the collecte, is stored.
/// </summary>
public static class InvitationCode
{
    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(ResumeCode.Alphabet, Length);

    /// <summary>Uppercases and drops spaces and dashes; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null) return null;
        var code = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return code.Length == Length && code.All(ResumeCode.Alphabet.Contains) ? code : null;
    }

    public static string Hash(int collecteId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"invitation:{collecteId}:{code}")));

    /// <summary>"ABCDE-FGHJK": two groups are easier to copy.</summary>
    public static string Display(string code) => $"{code[..5]}-{code[5..]}";
}
