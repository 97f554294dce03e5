using System.Text;

namespace Diagnostic.Core.Maps;

/// <summary>A laid-out choropleth as SVG: presentation attributes only (pages forbid style attributes), hatching as a pattern.</summary>
public static class MapSvg
{
    public const string HatchFill = "url(#hatch-hidden)";

    public static string Write(MapDrawing map)
    {
        var svg = SvgMarkup.Open(map.Width, map.Height, map.Title);
        svg.Append("<defs><pattern id=\"hatch-hidden\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#555555\" stroke-width=\"3\"/></pattern></defs>");
        foreach (var shape in map.Shapes)
        {
            svg.Append($"<path data-code=\"{SvgMarkup.Escape(shape.Code)}\" fill=\"{Fill(shape.Fill)}\" stroke=\"#333333\" stroke-width=\"1\" fill-rule=\"evenodd\" d=\"{PathData(shape)}\">")
                .Append($"<title>{SvgMarkup.Escape(shape.Tooltip)}</title></path>");
        }
        foreach (var label in map.Labels)
        {
            var (ink, halo) = label.Light ? ("#ffffff", "#08519c") : ("#111111", "#ffffff");
            svg.Append($"<text x=\"{SvgMarkup.N(label.X)}\" y=\"{SvgMarkup.N(label.Y)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{ink}\" font-weight=\"{(label.Bold ? "bold" : "normal")}\" stroke=\"{halo}\" stroke-width=\"2.5\" paint-order=\"stroke\">{SvgMarkup.Escape(label.Text)}</text>");
        }
        foreach (var swatch in map.Legend)
        {
            svg.Append($"<rect class=\"legend-swatch\" x=\"{ChoroplethMap.Margin}\" y=\"{SvgMarkup.N(swatch.Y)}\" width=\"18\" height=\"14\" fill=\"{Fill(swatch.Fill)}\" stroke=\"#333333\"/>");
            SvgMarkup.Text(svg, ChoroplethMap.Margin + 26, swatch.Y + 12, swatch.Text, 12);
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Fill(MapFill fill) => fill.Hatched ? HatchFill : fill.Colour!;

    private static string PathData(MapShape shape)
    {
        var data = new StringBuilder();
        foreach (var ring in shape.Rings)
        {
            for (var i = 0; i < ring.Count; i++)
            {
                data.Append(i == 0 ? 'M' : 'L').Append(SvgMarkup.N(ring[i].X)).Append(' ').Append(SvgMarkup.N(ring[i].Y)).Append(' ');
            }
            data.Append("Z ");
        }
        return data.ToString().TrimEnd();
    }
}
