namespace Diagnostic.Core.Comite;

/// <summary>
/// The weight the comité gives each criterion (whole numbers, 0 leaves a criterion out). The composite score is the
/// weighted mean of the criterion scores, so it stays on the 1–5 scale whatever the weights.
/// </summary>
public sealed record CriteriaWeights(int Importance, int Urgency, int Feasibility, int Mobilisation, int Equity, int Coherence)
{
    public const int MaxWeight = 10;

    public static CriteriaWeights Equal { get; } = new(1, 1, 1, 1, 1, 1);

    public int Of(Criterion criterion) => criterion switch
    {
        Criterion.Importance => Importance,
        Criterion.Urgency => Urgency,
        Criterion.Feasibility => Feasibility,
        Criterion.Mobilisation => Mobilisation,
        Criterion.Equity => Equity,
        Criterion.Coherence => Coherence,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    public int Total => Criteria.All.Sum(Of);

    /// <summary>Each weight in 0–<see cref="MaxWeight"/> and at least one above 0; otherwise the reasons.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = Criteria.All
            .Where(c => Of(c) is < 0 or > MaxWeight)
            .Select(c => $"The weight of {c} must be between 0 and {MaxWeight}.")
            .ToList();
        if (problems.Count == 0 && Total == 0)
            problems.Add("At least one criterion must have a weight above 0.");
        return problems;
    }
}
