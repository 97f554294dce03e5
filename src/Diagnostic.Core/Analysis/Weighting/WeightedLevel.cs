namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>The `level` column of the weighted portrait file.</summary>
public enum WeightedLevel
{
    Weight,
    Question,
    Choice,
    Dimension,
}
