using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Analysis;

/// <summary>
/// Scale point counts and NSP per scale item, per audience × neighbourhood and ALL, with the portrait's
/// suppression applied. Made by <see cref="LikertCountsBuilder"/> in the same pass as the portrait.
/// </summary>
public sealed class LikertCounts
{
    private readonly Dictionary<(Audience, string, string), LikertCountsItem> _items;

    internal LikertCounts(IEnumerable<LikertCountsItem> items)
    {
        Items = items.ToList();
        _items = Items.ToDictionary(i => (i.Audience, i.Neighbourhood, i.ItemId));
    }

    /// <summary>Audience, then ALL and neighbourhoods in ordinal code order, then items in file order.</summary>
    public IReadOnlyList<LikertCountsItem> Items { get; }

    /// <summary>Null when nobody of this audience answered in this neighbourhood, or the item is not a scale item.</summary>
    public LikertCountsItem? Find(Audience audience, string neighbourhood, string itemId) =>
        _items.GetValueOrDefault((audience, neighbourhood, itemId));
}
