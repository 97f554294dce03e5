using ScottPlot;

namespace Diagnostic.Core.Charts;

/// <summary>
/// A chart model: everything needed to draw it and to print its data table, already in the
/// page's language. Rendering builds a fresh ScottPlot <see cref="Plot"/> each time (ScottPlot is
/// not thread-safe), so a model can be cached and rendered from several requests.
/// </summary>
public abstract record Chart
{
    public abstract string Title { get; }

    public abstract ChartTable Table { get; }

    /// <summary>
    /// Whether the drawing carries its title. A page that shows the title beside the chart (and names the image with it)
    /// draws it without, so the title is read once; a downloaded PNG keeps it.
    /// </summary>
    public bool ShowTitle { get; init; } = true;

    /// <summary>The narrowest width at which every label fits at its size; narrower screens scroll the chart in its box.</summary>
    public virtual int MinimumWidth => ChartRenderer.MinSize;

    /// <summary>A height that fits the chart's rows at this width (phones are ~360 px wide).</summary>
    public abstract int SuggestedHeight(int width);

    public string RenderSvg(int width, int? height = null) => ChartRenderer.Svg(this, width, height ?? SuggestedHeight(width));

    public byte[] RenderPng(int width, int? height = null) => ChartRenderer.Png(this, width, height ?? SuggestedHeight(width));

    internal abstract void Draw(Plot plot, ChartCanvas canvas);

    /// <summary>Second pass, once ScottPlot has laid the figure out: fit the axes to the data area's real size.</summary>
    internal virtual void Fit(Plot plot, PixelRect dataArea, ChartCanvas canvas)
    {
    }
}
