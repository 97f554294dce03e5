namespace Diagnostic.Data.Entities;

/// <summary>A neighbourhood's outline for the maps: a checked GeoJSON Polygon or MultiPolygon geometry, WGS84 longitude/latitude.</summary>
public sealed class NeighbourhoodBoundary
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string GeoJson { get; set; }
}
