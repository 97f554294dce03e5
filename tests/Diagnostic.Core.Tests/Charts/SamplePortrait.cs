using Diagnostic.Core.Analysis;
using Diagnostic.Core.Charts;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Tests.Charts;

/// <summary>Hand-built portraits for chart tests: the figures are arbitrary, only their shape matters.</summary>
internal static class SamplePortrait
{
    public const string SainteCecile = "SC";
    public const string Vieux = "VX";
    public const string Riviere = "RV";

    public static readonly IReadOnlyList<DimensionLabel> Dimensions =
    [
        new("appartenance", "Sentiment d'appartenance"),
        new("securite", "Sécurité"),
        new("services", "Services de proximité"),
        new("participation", "Participation citoyenne"),
        new("entraide", "Entraide et voisinage"),
    ];

    public static readonly NeighbourhoodLabel SainteCecileLabel = new(SainteCecile, "Quartier Sainte-Cécile");
    public static readonly NeighbourhoodLabel VieuxLabel = new(Vieux, "Vieux-Village");
    public static readonly NeighbourhoodLabel RiviereLabel = new(Riviere, "Bord-de-l'Eau");
    public static readonly NeighbourhoodLabel TerritoryLabel = new(PortraitRow.AllNeighbourhoods, "Territoire");

    public static PortraitRow Score(string neighbourhood, string dimension, double score, int n, double halfWidth = 4.2) =>
        new(Audience.Citizen, neighbourhood, FigureLevel.Dimension, dimension, N: n, Score: score,
            CiLow: score - halfWidth, CiHigh: score + halfWidth);

    public static PortraitRow Hidden(string neighbourhood, string dimension) =>
        new(Audience.Citizen, neighbourhood, FigureLevel.Dimension, dimension, Suppressed: true);

    /// <summary>Sainte-Cécile has « Sécurité » suppressed (its n is under min_cell); Vieux-Village has a caution n.</summary>
    public static Portrait Build() => new("citoyens", 1, 5,
    [
        Score("ALL", "appartenance", 61.04, 1250), Score("ALL", "securite", 55.5, 1240),
        Score("ALL", "services", 48.25, 1190), Score("ALL", "participation", 37.75, 1201),
        Score("ALL", "entraide", 66.0, 1236),
        Score(SainteCecile, "appartenance", 72.46, 140, 5.1), Hidden(SainteCecile, "securite"),
        Score(SainteCecile, "services", 43.33, 131), Score(SainteCecile, "participation", 41.9, 128),
        Score(SainteCecile, "entraide", 69.0, 137),
        Score(Vieux, "appartenance", 58.3, 22, 11.7), Score(Vieux, "securite", 49.1, 21, 12.3),
        Score(Vieux, "services", 52.0, 19, 13.0), Score(Vieux, "participation", 30.0, 22, 9.9),
        Score(Vieux, "entraide", 63.6, 22, 10.4),
        Score(Riviere, "appartenance", 60.2, 300), Hidden(Riviere, "securite"),
        Score(Riviere, "services", 47.7, 290), Score(Riviere, "participation", 38.8, 295),
        Score(Riviere, "entraide", 65.5, 299),
    ]);
}
