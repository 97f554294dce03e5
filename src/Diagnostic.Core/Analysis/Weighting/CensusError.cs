namespace Diagnostic.Core.Analysis.Weighting;

/// <summary>A refused census: 1-based line and field of the census CSV, and why (src/Diagnostic.Core/Analysis/README.md, "Weighted portrait").</summary>
public sealed record CensusError(string File, int Row, int Column, string Message)
{
    public override string ToString() => $"{File}:{Row}:{Column}: {Message}";
}
