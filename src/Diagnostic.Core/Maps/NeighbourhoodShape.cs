using NetTopologySuite.Geometries;

namespace Diagnostic.Core.Maps;

/// <summary>A neighbourhood's checked outline: its code, the geometry (WGS84 longitude/latitude) and that geometry as GeoJSON.</summary>
public sealed record NeighbourhoodShape(string Code, Geometry Geometry, string GeoJson);

/// <summary>Either every shape of a valid boundary file or every reason it is refused, never both.</summary>
public sealed record BoundaryReadResult(IReadOnlyList<NeighbourhoodShape>? Shapes, IReadOnlyList<BoundaryError> Errors);
