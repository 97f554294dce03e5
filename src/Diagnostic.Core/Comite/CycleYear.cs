using System.Text.RegularExpressions;

namespace Diagnostic.Core.Comite;

/// <summary>A cycle's year label, « 2026-2027 »: two consecutive years (a comité year runs from autumn to summer).</summary>
public static partial class CycleYear
{
    public static bool IsValid(string? label)
    {
        if (label is null || YearPair().Match(label) is not { Success: true } match)
            return false;
        return int.Parse(match.Groups[2].Value) == int.Parse(match.Groups[1].Value) + 1;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex YearPair();
}
