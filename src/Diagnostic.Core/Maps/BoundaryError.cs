namespace Diagnostic.Core.Maps;

/// <summary>A refused boundary file: the feature (1-based, in file order; 0 for the file as a whole) and why.</summary>
public sealed record BoundaryError(string File, int Feature, string Message)
{
    public override string ToString() => Feature == 0 ? $"{File}: {Message}" : $"{File}: feature {Feature}: {Message}";
}
