using Diagnostic.Core.Charts;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// A chart as a page shows it: rendered once per portrait version at desktop and phone width (vector SVG, swapped by
/// CSS), its data table, and the key its PNG is downloaded by.
/// </summary>
public sealed record ChartView(string Key, string Title, string WideSvg, string NarrowSvg, ChartTable Table)
{
    public static ChartView Render(string key, Chart chart) => new(
        key,
        chart.Title,
        Scalable(chart.RenderSvg(ChartRenderer.DesktopWidth), ChartRenderer.DesktopWidth, chart.SuggestedHeight(ChartRenderer.DesktopWidth)),
        Scalable(chart.RenderSvg(ChartRenderer.PhoneWidth), ChartRenderer.PhoneWidth, chart.SuggestedHeight(ChartRenderer.PhoneWidth)),
        chart.Table);

    /// <summary>Renders several charts at once (each render builds its own plot): a cold page draws a dozen charts twice.</summary>
    public static IReadOnlyList<ChartView> RenderAll(IReadOnlyList<(string Key, Chart Chart)> charts)
    {
        var views = new ChartView[charts.Count];
        Parallel.For(0, charts.Count, i => views[i] = Render(charts[i].Key, charts[i].Chart));
        return views;
    }

    /// <summary>ScottPlot writes a fixed width and height only; a viewBox lets CSS scale the drawing to its column.</summary>
    private static string Scalable(string svg, int width, int height)
    {
        const string Open = "<svg ";
        var at = svg.IndexOf(Open, StringComparison.Ordinal);
        return at < 0 || svg.Contains("viewBox", StringComparison.Ordinal)
            ? svg
            : svg.Insert(at + Open.Length, $"viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\" ");
    }
}
