using System.Text.RegularExpressions;

namespace Diagnostic.Core.Territories;

/// <summary>
/// What a territory's code and name may hold: one rule for the form, the CSV file and the database columns, so a file
/// cannot bring in a code the form would refuse or a value the database cannot store.
/// </summary>
public static partial class TerritoryCodes
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;

    /// <summary>Letters, digits, dash, dot or underscore, starting with a letter or digit; at most <see cref="MaxCodeLength"/>.</summary>
    public static bool IsValid(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\z")]
    private static partial Regex CodePattern();
}
