using Diagnostic.Core.Analysis;

namespace Diagnostic.Core.Charts;

/// <summary>
/// One dimension score as a chart uses it. A suppressed or missing figure is never drawn;
/// it stays in the model so the data table can say « n &lt; 5 » or « — ».
/// </summary>
public sealed record ScoreFigure(double? Score, double? CiLow, double? CiHigh, int? N, bool Suppressed)
{
    /// <summary>Below this n a shown figure carries the caution mark (domain.md 3.3, rule 3).</summary>
    public const int CautionBelow = 30;

    public static ScoreFigure Missing { get; } = new(null, null, null, null, false);

    public bool IsShown => !Suppressed && Score is not null;

    public bool NeedsCaution => IsShown && N is { } n && n < CautionBelow;

    internal static ScoreFigure From(PortraitRow? row) =>
        row is null ? Missing
        : row.Suppressed ? new ScoreFigure(null, null, null, null, true)
        : new ScoreFigure(row.Score, row.CiLow, row.CiHigh, row.N, false);
}
