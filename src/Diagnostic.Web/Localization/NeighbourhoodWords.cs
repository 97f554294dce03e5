namespace Diagnostic.Web.Localization;

/// <summary>
/// A territory's word for its neighbourhoods (« quartier », « secteur »…) in the page's language: the setting is
/// French; the known words have an English form, any other word is kept as written.
/// </summary>
public static class NeighbourhoodWords
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["quartier"] = "neighbourhood",
        ["secteur"] = "sector",
        ["village"] = "village",
        ["municipalité"] = "municipality",
        ["communauté"] = "community",
    };

    public static string In(string word, string language) =>
        language != Languages.English ? word
        : English.TryGetValue(word.Trim().ToLowerInvariant(), out var english) ? english : word;

    /// <summary>The word with a capital, for a column header.</summary>
    public static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
