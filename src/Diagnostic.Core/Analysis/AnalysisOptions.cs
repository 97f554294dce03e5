namespace Diagnostic.Core.Analysis;

/// <summary>Settings of the analysis (section "Analysis" of the configuration).</summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";
    public const int DefaultMinCell = 5;

    /// <summary>Figures resting on fewer respondents than this are suppressed (src/Diagnostic.Core/Analysis/README.md, "Small cells").</summary>
    public int MinCell { get; init; } = DefaultMinCell;

    /// <summary>The one wording of the rule, for the start-up check and for the builder alike.</summary>
    public const string MinCellRule = "Analysis:MinCell must be a whole number of at least 1 (the smallest n a figure may rest on).";

    public bool IsValid => MinCell >= 1;

    /// <summary>Throws on a setting no analysis can run with; called once at start-up.</summary>
    public void Validate()
    {
        if (!IsValid) throw new ArgumentOutOfRangeException(nameof(MinCell), MinCell, MinCellRule);
    }
}
