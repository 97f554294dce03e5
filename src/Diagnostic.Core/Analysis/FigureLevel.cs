namespace Diagnostic.Core.Analysis;

/// <summary>The `level` column of the portrait and change files.</summary>
public enum FigureLevel
{
    Question,
    Choice,
    Dimension,
}
