using ScottPlot;
using ScottPlot.Plottables;

namespace Diagnostic.Core.Charts;

/// <summary>
/// Size-dependent drawing rules shared by the charts: font family and sizes, title wrapping,
/// text labels, footnote. Narrow canvases (phones) get smaller type and shorter lines.
/// </summary>
internal sealed class ChartCanvas(int width, int height, bool titled = true)
{
    /// <summary>Fonts with French accents and U+202F, tried in order; DejaVu Sans ships with Debian (fonts-dejavu-core).</summary>
    private static readonly string[] FontCandidates = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Lato"];

    private static readonly Lazy<string> ResolvedFont = new(ResolveFont);

    public int Width { get; } = width;
    public int Height { get; } = height;
    public static string FontFamily => ResolvedFont.Value;

    /// <summary>False when the page around the chart carries its title (one visible title per chart).</summary>
    public bool Titled { get; } = titled;

    public bool IsNarrow => Width < 560;

    /// <summary>
    /// Text is drawn for the width the chart is shown at (1 SVG pixel ≈ 1 CSS pixel), so these are CSS pixels:
    /// 15 for labels and 14 for ticks, legends and cells, against the page's 18 (issue 13: never below 14 on a phone).
    /// </summary>
    public float TextSize => 15;
    public float SmallTextSize => 14;
    public float TitleSize => IsNarrow ? 17 : 19;

    /// <summary>How many characters of <paramref name="size"/> fit on <paramref name="share"/> of the width.</summary>
    public int CharsPerLine(float size, double share = 1) => Math.Max(12, (int)(Width * share / (size * 0.62)));

    public void Title(Plot plot, string title)
    {
        if (!Titled)
            return;
        // Bold title glyphs are wider than the body text's.
        plot.Title(Wrap(title, CharsPerLine(TitleSize * 1.08f, 0.9)), TitleSize);
        plot.Axes.Title.FullFigureCenter = true;
    }

    public Text AddText(Plot plot, string text, double x, double y, Alignment alignment, Color? color = null, float? size = null)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelStyle.FontName = FontFamily;
        label.LabelStyle.FontSize = size ?? TextSize;
        label.LabelStyle.ForeColor = color ?? Colors.Black;
        label.LabelStyle.Alignment = alignment;
        return label;
    }

    /// <summary>
    /// Notes under the chart, each line the label of an extra, empty bottom axis (a multi-line
    /// axis label grows upwards over the ticks, so every line gets its own axis).
    /// </summary>
    public void Footnote(Plot plot, IEnumerable<string> notes)
    {
        var lines = notes.Where(n => n.Length > 0).SelectMany(n => Wrap(n, CharsPerLine(SmallTextSize * 1.08f, 0.88)).Split('\n'));
        foreach (var line in lines)
        {
            var axis = plot.Axes.AddBottomAxis();
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.LabelText = line;
            axis.LabelFontSize = SmallTextSize;
            axis.LabelBold = false;
            axis.LabelFontColor = OkabeIto.DarkGrey;
        }
    }

    /// <summary>
    /// Sets the family on every label by hand: ScottPlot's <c>plot.Font.Set</c> makes later plots
    /// in the same process lose their bold labels (seen with 5.1.59).
    /// </summary>
    public void ApplyFonts(Plot plot)
    {
        plot.Axes.Title.Label.FontName = FontFamily;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = FontFamily;
            axis.TickLabelStyle.FontName = FontFamily;
        }
        plot.Legend.FontName = FontFamily;
        foreach (var text in plot.GetPlottables<Text>())
        {
            var bold = text.LabelStyle.Bold;
            text.LabelStyle.FontName = FontFamily;
            text.LabelStyle.Bold = bold;
        }
    }

    /// <summary>Greedy word wrap; a word longer than the line stays whole.</summary>
    public static string Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line);
                line = word;
            }
            else
                line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join("\n", lines);
    }

    private static string ResolveFont()
    {
        foreach (var name in FontCandidates)
        {
            if (Fonts.GetTypeface(name, false, false) is { } face && face.FamilyName == name)
                return name;
        }
        return Fonts.Default;
    }
}
