namespace Diagnostic.Core.Analysis;

/// <summary>Settings of the analysis (section "Analysis" of the configuration).</summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";
    public const int DefaultMinCell = 5;

    /// <summary>Figures resting on fewer respondents than this are suppressed (src/Diagnostic.Core/Analysis/README.md, "Small cells").</summary>
    public int MinCell { get; init; } = DefaultMinCell;

    /// <summary>Throws on a setting no analysis can run with; called once at start-up.</summary>
    public void Validate()
    {
        if (MinCell < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinCell), MinCell, "MinCell must be at least 1.");
        }
    }
}
