using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// One figure of a portrait (one row of the portrait file, src/Diagnostic.Core/Analysis/README.md).
/// Null means "not defined" (an empty cell). When <see cref="Suppressed"/> is true every figure is null.
/// <see cref="Sd"/> is also kept for dimension rows (the change between two collectes needs it),
/// although the portrait file leaves it empty there.
/// </summary>
public sealed record PortraitRow(
    Audience Audience,
    string Neighbourhood,
    FigureLevel Level,
    string Id,
    int? N = null,
    int? Count = null,
    double? Mean = null,
    double? Sd = null,
    double? Pct = null,
    double? CiLow = null,
    double? CiHigh = null,
    double? Score = null,
    double? Alpha = null,
    double? Diff = null,
    double? P = null,
    double? Q = null,
    string? Flag = null,
    bool Suppressed = false)
{
    public const string AllNeighbourhoods = "ALL";
    public const string ForceFlag = "force";
    public const string DefiFlag = "defi";
}
