namespace Diagnostic.Core.Charts;

/// <summary>The data table of a Likert chart: one row per item, every item included.</summary>
internal static class LikertTable
{
    public static ChartTable Build(LikertChart chart)
    {
        var language = chart.Language;
        var headers = new List<string> { language.Item, "n" };
        headers.AddRange(chart.PointLabels);
        headers.Add(language.DontKnow);
        var rows = chart.Items.Select(item => (IReadOnlyList<string>)Row(item, chart, language)).ToList();
        return new ChartTable(chart.Title, headers, rows, string.Join(" ", chart.Notes()));
    }

    private static List<string> Row(LikertItemBar item, LikertChart chart, ChartLanguage language)
    {
        if (item.Suppressed)
        {
            var hidden = new List<string> { item.Text, language.SuppressedText(chart.MinCell) };
            hidden.AddRange(Enumerable.Repeat(language.NoData, chart.PointLabels.Count + 1));
            return hidden;
        }
        var n = language.Count(item.N!.Value) + (item.NeedsCaution ? " " + ChartLanguage.CautionMark : "");
        var cells = new List<string> { item.Text, n };
        cells.AddRange(item.Shares.Select(language.Percent));
        cells.Add(language.Percent(item.DontKnowShare ?? 0));
        return cells;
    }
}
