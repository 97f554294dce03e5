using Diagnostic.Core.Charts;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// A chart as a page refers to it: its key, title (the image's name) and data table, the narrowest page width its labels
/// fit at, and the portrait version its drawings belong to. The drawings themselves are files (<see cref="ChartSvgModel"/>),
/// drawn once per portrait version and width when a browser first asks for them, so a page carries none of them.
/// </summary>
public sealed record ChartView(string Key, string Title, ChartTable Table, int MinimumWidth, string Version)
{
    public static ChartView For(string key, Chart chart, CachedPortrait portrait) =>
        new(key, chart.Title, chart.Table, chart.MinimumWidth, portrait.Version);
}
