namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>What a choropleth can show: participation, a dimension score or an imported indicator, by key (?carte=).</summary>
public sealed record MapMeasure(string Key, string Label);

/// <summary>One neighbourhood in the map's accessible table.</summary>
public sealed record MapRow(string Name, string Value);

/// <summary>A drawn choropleth with its choices, its table and its SVG and PNG download addresses.</summary>
public sealed record MapView(string Title, string Svg, string Key, IReadOnlyList<MapMeasure> Measures, IReadOnlyList<MapRow> Rows, string SvgUrl, string PngUrl)
{
    /// <summary>The layout both files are written from.</summary>
    public Core.Maps.MapDrawing? Drawing { get; init; }
}
