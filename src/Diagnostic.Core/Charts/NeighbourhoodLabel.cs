namespace Diagnostic.Core.Charts;

/// <summary>A neighbourhood's territory code (as in the portrait) and its name on screen.</summary>
public sealed record NeighbourhoodLabel(string Code, string Name);
