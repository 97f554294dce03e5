namespace Diagnostic.Core.Charts;

/// <summary>The data table shared by the radar and the score charts of a neighbourhood.</summary>
internal static class DimensionComparisonTable
{
    public static ChartTable Build(
        string caption, string neighbourhoodName, bool isTerritory, IReadOnlyList<DimensionComparison> dimensions,
        int minCell, ChartLanguage language)
    {
        var headers = new List<string> { language.Dimension };
        headers.AddRange(FigureHeaders(neighbourhoodName, language));
        if (!isTerritory)
            headers.AddRange(FigureHeaders(language.Territory, language));
        var rows = dimensions.Select(d =>
        {
            var cells = new List<string> { d.Title };
            cells.AddRange(FigureCells(d.Neighbourhood, minCell, language));
            if (!isTerritory)
                cells.AddRange(FigureCells(d.Territory, minCell, language));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        var caution = dimensions.Any(d => d.Neighbourhood.NeedsCaution || (!isTerritory && d.Territory.NeedsCaution));
        return new ChartTable(caption, headers, rows, caution ? language.CautionNote : null);
    }

    private static IEnumerable<string> FigureHeaders(string who, ChartLanguage language) =>
        [$"{who} — {language.Score}", $"{who} — {language.Interval95}", $"{who} — n"];

    private static IEnumerable<string> FigureCells(ScoreFigure figure, int minCell, ChartLanguage language) =>
        figure.IsShown
            ? [language.ScoreText(figure, minCell), language.Interval(figure.CiLow, figure.CiHigh), language.NText(figure, minCell)]
            : [language.ScoreText(figure, minCell), language.NoData, language.NText(figure, minCell)];
}
