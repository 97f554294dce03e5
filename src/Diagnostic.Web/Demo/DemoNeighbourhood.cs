namespace Diagnostic.Web.Demo;

/// <summary>
/// A neighbourhood of the demo and how its residents tend to answer. <paramref name="Levels"/> holds, per dimension
/// (section id), a latent level from 0 (very unfavourable) to 1 (very favourable); dimensions not listed get
/// <paramref name="BaseLevel"/>. <paramref name="Weight"/> sets its share of respondents (a population, say).
/// </summary>
public sealed record DemoNeighbourhood(
    string Code,
    IReadOnlyDictionary<string, double> Levels,
    double BaseLevel = 0.6,
    double Weight = 1)
{
    public double LevelOf(string dimensionId) => Levels.TryGetValue(dimensionId, out var level) ? level : BaseLevel;

    /// <summary>
    /// Believable, distinct profiles: each neighbourhood gets its own base level, one dimension where it is strong
    /// and one where it is weak (in turn, so that neighbours differ), all derived from <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<DemoNeighbourhood> Varied(
        IReadOnlyList<string> codes, IReadOnlyList<string> dimensionIds, int seed)
    {
        var random = new Random(seed);
        return codes.Select((code, i) =>
        {
            var baseLevel = 0.45 + 0.25 * random.NextDouble();
            var levels = new Dictionary<string, double>(StringComparer.Ordinal);
            if (dimensionIds.Count > 0)
            {
                levels[dimensionIds[i % dimensionIds.Count]] = Math.Min(0.92, baseLevel + 0.25);
                if (dimensionIds.Count > 1)
                {
                    levels[dimensionIds[(i + 1 + dimensionIds.Count / 2) % dimensionIds.Count]] = Math.Max(0.1, baseLevel - 0.3);
                }
            }
            return new DemoNeighbourhood(code, levels, baseLevel, Weight: 0.5 + random.NextDouble());
        }).ToList();
    }
}
