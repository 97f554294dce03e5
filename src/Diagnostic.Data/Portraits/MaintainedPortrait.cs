using Diagnostic.Core.Analysis;

namespace Diagnostic.Data.Portraits;

/// <summary>A collecte's accumulators merged from its PortraitCells (or rebuilt from its rows): build the portrait from them.</summary>
public sealed record MaintainedPortrait(PortraitBuilder Portrait, LikertCountsBuilder Likert, bool Rebuilt)
{
    public (Portrait Portrait, LikertCounts Likert) Build()
    {
        var portrait = Portrait.Build();
        return (portrait, Likert.Build(portrait));
    }
}
