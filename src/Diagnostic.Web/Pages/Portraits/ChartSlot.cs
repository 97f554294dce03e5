using Diagnostic.Core.Analysis;
using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>
/// A chart placed on a page: the addresses of its drawings (one per page width) and of its PNG, in the page's language.
/// <see cref="Headed"/>: a heading right above names the chart, so the figure shows no title of its own.
/// </summary>
public sealed record ChartSlot(ChartView Chart, string CollecteCode, string Neighbourhood, string Language, bool Headed = false)
{
    public string PngPath => Path("png") + Query();

    /// <summary>The drawing for one page width; the version makes the address change with the portrait, so browsers may keep it.</summary>
    public string SvgPath(int width) => Path("svg") + Query() + $"&{ChartSvgModel.WidthKey}={width}&v={Uri.EscapeDataString(Chart.Version)}";

    /// <summary>The drawings as the page loads them (one per page width).</summary>
    public Shared.ChartFile File => new(Chart.Title, SvgPath, Chart.MinimumWidth);

    /// <summary>The printable portrait's drawing: the narrowest only, set two by two (charts.css), loaded with the page.</summary>
    public Shared.ChartFile PrintFile => File with { NarrowestOnly = true, Eager = true };

    private string Path(string extension) =>
        $"/portrait/{Uri.EscapeDataString(CollecteCode)}/graphiques/{Chart.Key}.{extension}";

    private string Query() =>
        $"?{Languages.QueryKey}={Language}"
        + (Neighbourhood == PortraitRow.AllNeighbourhoods ? "" : "&quartier=" + Uri.EscapeDataString(Neighbourhood));
}
