using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>One dimension's Likert charts (one per scale its items use).</summary>
public sealed record DimensionLikert(string Id, string Title, IReadOnlyList<ChartView> Charts);

/// <summary>One dimension as another audience reads it: in this neighbourhood and in the whole territory.</summary>
public sealed record ReadingRow(string Dimension, string Neighbourhood, string Territory);

/// <summary>
/// The readings of an audience other than the page's (partners next to citizens). <see cref="Few"/>: none of its
/// neighbourhood figures can be shown, so the page says partners are few and gives the territory's figures only.
/// </summary>
public sealed record AudienceReading(Audience Audience, string Title, string RespondentsText, bool Few, IReadOnlyList<ReadingRow> Rows)
{
    /// <summary>Set when the reading comes from another collecte (its portrait is linked).</summary>
    public string? CollecteCode { get; init; }
}

/// <summary>Everything the neighbourhood portrait shows, in one language, computed once per portrait version.</summary>
public sealed record NeighbourhoodView(
    PortraitNeighbourhood Neighbourhood,
    Audience Audience,
    string RespondentsText,
    /// <summary>Set when the count reads « masqué »: why it is hidden although more than min_cell answered.</summary>
    string? RespondentsNote,
    /// <summary>Fewer than min_cell answered here; a neighbourhood hidden otherwise is the complement of a smaller one.</summary>
    bool Small,
    /// <summary>No dimension figure of the neighbourhood can be shown (too few answers, or complementary suppression).</summary>
    bool Hidden,
    bool Caution,
    ChartView? Radar,
    ChartView Scores,
    IReadOnlyList<DimensionLikert> Dimensions,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<PlainFigure> Targets,
    IReadOnlyList<AudienceReading> OtherAudiences)
{
    /// <summary>The printable portrait's table of dimension scores (<see cref="NeighbourhoodViews.Summary"/> only).</summary>
    public IReadOnlyList<KeyFigureRow> KeyFigures { get; init; } = [];

    /// <summary>Why nothing is shown when <see cref="Hidden"/>, in the territory's word and with the portrait's min_cell.</summary>
    public string HiddenNotice { get; init; } = "";
}
