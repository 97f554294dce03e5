namespace Diagnostic.Core.Plans;

/// <summary>
/// The plan's numbers as the field writes them: objectif 1, moyen 1.1, activité 1.1.1. Each level counts 1, 2, 3… under
/// its parent with no gap, so « 1.1.3 » without a « 1.1.2 » is refused rather than shown.
/// </summary>
public static class PlanNumbering
{
    public static string Number(params int[] orders) => string.Join('.', orders);

    /// <summary>The first number missing from 1..max of <paramref name="orders"/>, or null when they count without a gap.</summary>
    public static int? Gap(IEnumerable<int> orders)
    {
        var present = orders.ToHashSet();
        if (present.Count == 0) return null;
        for (var n = 1; n <= present.Max(); n++)
            if (!present.Contains(n)) return n;
        return null;
    }

    /// <summary>The order for a new item: after the last one.</summary>
    public static int Next(IEnumerable<int> orders) => orders.DefaultIfEmpty(0).Max() + 1;
}
