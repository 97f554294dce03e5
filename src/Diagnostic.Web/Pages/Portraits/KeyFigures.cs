using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>One dimension on paper: its score here and in the whole territory, and « force » or « défi » when it is one.</summary>
public sealed record KeyFigureRow(string Dimension, string Here, string Territory, string Reading);

/// <summary>
/// The printable portrait's key figures table of a neighbourhood (issue 13): the dimension scores a comité reads on
/// paper beside the chart, without intervals, q or n (the chart and the web page keep them). Suppression as everywhere.
/// </summary>
public static class KeyFigures
{
    public static IReadOnlyList<KeyFigureRow> For(
        CachedPortrait portrait, Audience audience, string neighbourhood, string language, IStringLocalizer<PortraitText> words)
    {
        var numbers = new PortraitNumbers(language);
        var minCell = portrait.Portrait.MinCell;
        return new PortraitCharts(portrait, language).Dimensions.Select(d =>
        {
            var here = portrait.Portrait.Find(audience, neighbourhood, FigureLevel.Dimension, d.Id);
            var reading = here is { Suppressed: false, Flag: { } flag }
                ? flag == PortraitRow.ForceFlag ? words["KeyFigures.Force"].Value : flag == PortraitRow.DefiFlag ? words["KeyFigures.Defi"].Value : ""
                : "";
            return new KeyFigureRow(
                d.Title,
                Score(here, numbers, minCell),
                Score(portrait.Portrait.Find(audience, PortraitRow.AllNeighbourhoods, FigureLevel.Dimension, d.Id), numbers, minCell),
                reading);
        }).ToList();
    }

    /// <summary>« 68 », « 68 † » under 30 answers, « n &lt; 5 » when suppressed, « — » without a score.</summary>
    private static string Score(PortraitRow? row, PortraitNumbers numbers, int minCell) => row switch
    {
        { Suppressed: true } => $"n < {minCell}",
        { Score: { } s, N: { } n } => numbers.Number(s) + (n < ScoreFigure.CautionBelow ? " " + ChartLanguage.CautionMark : ""),
        _ => "—",
    };
}
