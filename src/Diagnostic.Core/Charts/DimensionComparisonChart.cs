using Diagnostic.Core.Analysis;

namespace Diagnostic.Core.Charts;

/// <summary>What the radar and the score chart share: a neighbourhood's dimension scores against the territory.</summary>
public abstract record DimensionComparisonChart : Chart
{
    private protected DimensionComparisonChart(
        string title, NeighbourhoodLabel neighbourhood, IReadOnlyList<DimensionComparison> dimensions, int minCell, ChartLanguage language)
    {
        Title = title;
        Neighbourhood = neighbourhood;
        Dimensions = dimensions;
        MinCell = minCell;
        Language = language;
    }

    public override string Title { get; }
    public NeighbourhoodLabel Neighbourhood { get; }
    public IReadOnlyList<DimensionComparison> Dimensions { get; }
    public int MinCell { get; }
    public ChartLanguage Language { get; }

    /// <summary>True when the chart is the territory itself (ALL): one series, no comparison.</summary>
    public bool IsTerritory => Neighbourhood.Code == PortraitRow.AllNeighbourhoods;

    public override ChartTable Table =>
        DimensionComparisonTable.Build(Title, Neighbourhood.Name, IsTerritory, Dimensions, MinCell, Language);
}
