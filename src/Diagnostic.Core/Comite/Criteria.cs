namespace Diagnostic.Core.Comite;

/// <summary>The criteria in the order forms, tables and charts show them (domain.md 2.3).</summary>
public static class Criteria
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public static IReadOnlyList<Criterion> All { get; } = Enum.GetValues<Criterion>();

    public static bool IsValidScore(int score) => score is >= MinScore and <= MaxScore;
}
