namespace Diagnostic.Core.Charts;

/// <summary>The heatmap's data table: one row per neighbourhood, a score and an n column per dimension.</summary>
internal static class HeatmapTable
{
    public static ChartTable Build(DimensionHeatmapChart chart)
    {
        var language = chart.Language;
        var headers = new List<string> { "" };
        foreach (var dimension in chart.Dimensions)
        {
            headers.Add($"{dimension.Title} — {language.Score}");
            headers.Add($"{dimension.Title} — n");
        }
        var rows = chart.Rows.Select(row =>
        {
            var cells = new List<string> { row.Neighbourhood.Name };
            foreach (var figure in row.Scores)
            {
                cells.Add(language.ScoreText(figure, chart.MinCell));
                cells.Add(language.NText(figure, chart.MinCell));
            }
            return (IReadOnlyList<string>)cells;
        }).ToList();
        var caution = chart.Rows.Any(r => r.Scores.Any(s => s.NeedsCaution));
        return new ChartTable(chart.Title, headers, rows, caution ? language.CautionNote : null);
    }
}
