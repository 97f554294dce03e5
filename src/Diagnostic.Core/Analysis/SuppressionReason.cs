namespace Diagnostic.Core.Analysis;

/// <summary>Why a figure of one unit is not shown (src/Diagnostic.Core/Analysis/README.md, "Small cells").</summary>
public enum SuppressionReason
{
    /// <summary>Shown.</summary>
    None,

    /// <summary>Primary: the figure rests on fewer than min_cell respondents.</summary>
    TooFew,

    /// <summary>Complementary: hidden so that ALL minus the shown neighbourhoods does not give a hidden one.</summary>
    Complement,
}
