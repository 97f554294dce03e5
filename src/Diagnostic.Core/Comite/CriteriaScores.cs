namespace Diagnostic.Core.Comite;

/// <summary>One member's 1–5 scores of one candidate on every criterion; build it with <see cref="TryCreate"/>.</summary>
public sealed record CriteriaScores
{
    private readonly IReadOnlyDictionary<Criterion, int> scores;

    private CriteriaScores(IReadOnlyDictionary<Criterion, int> scores) => this.scores = scores;

    public int Of(Criterion criterion) => scores[criterion];

    /// <summary>Weighted mean of the scores: Σ wᵢ·sᵢ / Σ wᵢ, on the 1–5 scale.</summary>
    public double Composite(CriteriaWeights weights)
    {
        if (weights.Total <= 0)
            throw new ArgumentException("Weights must have a positive total; check CriteriaWeights.Problems first.", nameof(weights));
        return Criteria.All.Sum(c => (double)weights.Of(c) * Of(c)) / weights.Total;
    }

    /// <summary>Scores for every criterion, each 1–5; otherwise null and one problem per missing or out-of-range score.</summary>
    public static CriteriaScores? TryCreate(
        int candidateId, IReadOnlyDictionary<Criterion, int?> input, ICollection<BallotProblem> problems)
    {
        var valid = new Dictionary<Criterion, int>();
        foreach (var criterion in Criteria.All)
        {
            var score = input.GetValueOrDefault(criterion);
            if (score is null)
                problems.Add(new BallotProblem(BallotProblemKind.MissingScore, candidateId, criterion, null));
            else if (!Criteria.IsValidScore(score.Value))
                problems.Add(new BallotProblem(BallotProblemKind.ScoreOutOfRange, candidateId, criterion, score));
            else
                valid[criterion] = score.Value;
        }
        return valid.Count == Criteria.All.Count ? new CriteriaScores(valid) : null;
    }

    public static CriteriaScores Of(int importance, int urgency, int feasibility, int mobilisation, int equity, int coherence)
    {
        var problems = new List<BallotProblem>();
        var values = new[] { importance, urgency, feasibility, mobilisation, equity, coherence };
        var input = Criteria.All.Zip(values).ToDictionary(p => p.First, p => (int?)p.Second);
        return TryCreate(0, input, problems)
            ?? throw new ArgumentOutOfRangeException(nameof(importance), $"Every score must be {Criteria.MinScore}–{Criteria.MaxScore}.");
    }
}
