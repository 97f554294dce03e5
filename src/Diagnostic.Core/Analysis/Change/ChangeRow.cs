using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis.Change;

/// <summary>
/// One figure of the bilan between two collectes (one row of the change file, src/Diagnostic.Core/Analysis/README.md).
/// Null means "not defined" (an empty cell). When <see cref="Suppressed"/> is true every figure is null,
/// so the bilan never reveals what either portrait hid.
/// </summary>
public sealed record ChangeRow(
    Audience Audience,
    string Neighbourhood,
    FigureLevel Level,
    string Id,
    int? NBefore = null,
    int? NAfter = null,
    double? Before = null,
    double? After = null,
    double? Diff = null,
    double? CiLow = null,
    double? CiHigh = null,
    double? P = null,
    double? Q = null,
    string? Flag = null,
    bool Suppressed = false)
{
    public const string UpFlag = "up";
    public const string DownFlag = "down";

    public static ChangeRow SuppressedFor(PortraitRow row) =>
        new(row.Audience, row.Neighbourhood, row.Level, row.Id, Suppressed: true);
}
