using Diagnostic.Core.Analysis;
using Diagnostic.Web.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>A chart placed on a page, with the link to its PNG in the page's language.</summary>
public sealed record ChartSlot(ChartView Chart, string CollecteCode, string Neighbourhood, string Language)
{
    public string PngPath =>
        $"/portrait/{Uri.EscapeDataString(CollecteCode)}/graphiques/{Chart.Key}.png?{Languages.QueryKey}={Language}"
        + (Neighbourhood == PortraitRow.AllNeighbourhoods ? "" : "&quartier=" + Uri.EscapeDataString(Neighbourhood));
}
