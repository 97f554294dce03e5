namespace Diagnostic.Core.Comite;

/// <summary>How many priority targets a year should hold: 3–5 are advised (domain.md 2.1 and 2.3); outside is a warning, not a refusal.</summary>
public static class TargetCount
{
    public const int AdvisedMin = 3;
    public const int AdvisedMax = 5;

    public static bool IsAdvised(int count) => count is >= AdvisedMin and <= AdvisedMax;
}
