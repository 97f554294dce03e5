using System.Xml.Linq;

namespace Diagnostic.Core.Tests.Charts;

/// <summary>Reads what a rendered SVG actually shows: its texts and its filled or stroked shapes.</summary>
internal sealed class SvgReader
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly XDocument document;

    public SvgReader(string svg) => document = XDocument.Parse(svg);

    public int Width => (int)double.Parse(document.Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every text element, trimmed (Skia writes one element per line of a label).</summary>
    public IReadOnlyList<string> Texts => document.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    /// <summary>The horizontal extent of every text element (one per line of a label) that matches.</summary>
    public IReadOnlyList<SvgTextBox> TextBoxes(Func<SvgTextBox, bool> match) =>
        document.Descendants(Svg + "text").Select(SvgTextBox.From).Where(b => b.Text.Length > 0 && match(b)).ToList();

    /// <summary>All texts joined by spaces, so a label wrapped over several lines reads as one.</summary>
    public string AllText => string.Join(" ", Texts);

    /// <summary>Paths filled with this colour (hex, any case), e.g. bars or a radar polygon.</summary>
    public int FilledShapes(string hex) => Shapes("fill", hex);

    /// <summary>Paths stroked with this colour, e.g. lines and error bars.</summary>
    public int StrokedShapes(string hex) => Shapes("stroke", hex);

    /// <summary>Rectangles by fill colour, as Skia writes it (e.g. "#EEE" for #EEEEEE).</summary>
    public IReadOnlyList<string> RectangleFills =>
        document.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill") ?? "").ToList();

    /// <summary>Round markers (data points) filled with this colour.</summary>
    public int Markers(string hex) =>
        document.Descendants().Count(e => (e.Name == Svg + "ellipse" || e.Name == Svg + "circle")
            && string.Equals((string?)e.Attribute("fill"), hex, StringComparison.OrdinalIgnoreCase));

    private int Shapes(string attribute, string hex) =>
        document.Descendants().Count(e => (e.Name == Svg + "path" || e.Name == Svg + "rect")
            && string.Equals((string?)e.Attribute(attribute), hex, StringComparison.OrdinalIgnoreCase));
}
