namespace Diagnostic.Core.Maps;

/// <summary>
/// A choropleth laid out once in user units (origin top left, y down), so the SVG and the PNG draw exactly the same
/// thing: the same shapes, fills, labels and legend, and nothing the layout left out (a hidden figure never gets in).
/// </summary>
public sealed record MapDrawing(double Width, double Height, string Title, IReadOnlyList<MapShape> Shapes, IReadOnlyList<MapLabel> Labels, IReadOnlyList<MapSwatch> Legend);

/// <summary>One neighbourhood's outline: its rings (exterior and holes, each open: the last point is not repeated), fill and tooltip.</summary>
public sealed record MapShape(string Code, string Tooltip, MapFill Fill, IReadOnlyList<IReadOnlyList<(double X, double Y)>> Rings);

/// <summary>A colour of the scale (hex), the hatching of a hidden figure, or the grey of no data.</summary>
public sealed record MapFill(string? Colour, bool Hatched)
{
    public static readonly MapFill Hatch = new(null, true);
}

/// <summary>A label centred on (X, Y), dark ink on a light halo or white on a dark one.</summary>
public sealed record MapLabel(double X, double Y, string Text, bool Bold, bool Light);

/// <summary>A legend row at height Y: its swatch and its text.</summary>
public sealed record MapSwatch(double Y, MapFill Fill, string Text);
