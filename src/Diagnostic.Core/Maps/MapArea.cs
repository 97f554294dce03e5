using NetTopologySuite.Geometries;

namespace Diagnostic.Core.Maps;

/// <summary>
/// One neighbourhood on a choropleth: its outline, the value to colour it by and that value as the reader reads it.
/// <see cref="Hidden"/>: the portrait suppresses the figure, so the area is hatched « n &lt; 5 » and never coloured
/// (its <see cref="Value"/> is ignored); a null value without <see cref="Hidden"/> means no data.
/// </summary>
public sealed record MapArea(string Code, string Name, Geometry Geometry, double? Value, string ValueText, bool Hidden);

/// <summary>The words a map writes, in the reader's language.</summary>
public sealed record MapWords(string Title, string HiddenLabel, string NoData);
