using NetTopologySuite.Geometries;

namespace Diagnostic.Core.Maps;

/// <summary>
/// One neighbourhood on a choropleth: its outline, the value to colour it by and that value as the reader reads it.
/// <see cref="Hidden"/>: the portrait suppresses the figure, so the area is hatched and never coloured, and neither
/// its <see cref="Value"/> nor its <see cref="ValueText"/> is drawn; <see cref="Complement"/> says it is hidden to
/// protect another neighbourhood rather than for too few answers. A null value without <see cref="Hidden"/> means no data.
/// </summary>
public sealed record MapArea(string Code, string Name, Geometry Geometry, double? Value, string ValueText, bool Hidden, bool Complement = false);

/// <summary>The words a map writes, in the reader's language: « n &lt; 5 », « masqué » for a complement, « aucune donnée ».</summary>
public sealed record MapWords(string Title, string HiddenLabel, string NoData, string ComplementLabel = "")
{
    public string ComplementLabel { get; init; } = ComplementLabel.Length > 0 ? ComplementLabel : HiddenLabel;
}
